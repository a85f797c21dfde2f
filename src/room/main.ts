// `npm run room`: builds the app if it is missing or older than its sources, serves it on the
// local network with one room, and prints the addresses (and a QR code) for the facilitator
// and the players. No authentication: for a room's local network only.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import qrcode from 'qrcode-terminal';
import { startRoomServer } from './server';

const USAGE = `Usage: npm run room -- [--port 8787] [--host 0.0.0.0] [--room ABCD] [--dist dist] [--rebuild]
Serves the app to the room's local network and relays a room's players to the facilitator's browser.`;

interface Options {
  port: number;
  host: string;
  room: string;
  dist: string;
  rebuild: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { port: 8787, host: '0.0.0.0', room: newRoomId(), dist: 'dist', rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`--port must be a whole number from 0 to 65535`);
      o.port = n;
    } else if (a === '--host') o.host = value();
    else if (a === '--room') {
      o.room = value();
      if (!/^[A-Za-z0-9-]{1,20}$/.test(o.room)) fail('--room must be 1 to 20 letters, digits or dashes');
    } else if (a === '--dist') o.dist = value();
    else if (a === '--rebuild') o.rebuild = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option "${a.slice(0, 40)}"`);
  }
  return o;
}

function fail(message: string): never {
  console.error(`room: ${message}\n${USAGE}`);
  process.exit(2);
}

/** Four letters without look-alikes (no I, O, 0, 1): easy to read aloud in a room. */
function newRoomId(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  return Array.from({ length: 4 }, () => letters[randomInt(letters.length)]).join('');
}

/** Newest modification time of the app's sources (what a build is made from). */
function newestSource(): number {
  let newest = 0;
  const walk = (path: string): void => {
    const s = statSync(path);
    if (s.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ['src', 'workers', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'])
    if (existsSync(p)) walk(p);
  return newest;
}

function buildIfStale(o: Options): void {
  const index = join(o.dist, 'index.html');
  if (!o.rebuild && existsSync(index) && statSync(index).mtimeMs >= newestSource()) return;
  console.log(`Building the app into ${o.dist}/ (vite build)…`);
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', o.dist, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

/** The machine's addresses on the local network (IPv4, not loopback). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((i) => (i && i.family === 'IPv4' && !i.internal ? [i.address] : []));
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  buildIfStale(o);
  const { port, close } = await startRoomServer(o);
  const hosts = o.host === '0.0.0.0' ? lanAddresses() : [o.host];
  const lan = hosts[0] ?? '127.0.0.1';
  const join = `http://${lan}:${port}/?room=${o.room}`;
  console.log(`\nQuasimarket room ${o.room} (no authentication: use it on the room's own network only)\n`);
  const here = o.host === '0.0.0.0' ? 'localhost' : o.host;
  console.log(`Facilitator (this machine; runs the simulation):\n  http://${here}:${port}/?room=${o.room}&host=1\n`);
  console.log(`Players (scan or type; choose an organisation, or add &seat=CODE):\n  ${join}`);
  for (const other of hosts.slice(1)) console.log(`  http://${other}:${port}/?room=${o.room}`);
  qrcode.generate(join, { small: true }, (qr) => console.log(`\n${qr}`));
  console.log('Press Ctrl+C to close the room.');
  const stop = (): void => void close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`room: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
