// The room's relay: one facilitator (the host, whose browser runs the simulation) and players,
// each holding one organisation's seat. It routes cards to the seat's player and answers back
// (stamped with the seat, so nobody answers for another), refuses a second claim on a held
// seat, and tells the host when a player leaves. It never reads the model: the host decides.
import type { WebSocket } from 'ws';
import {
  readMessage,
  SEAT_CODE,
  type Organisation,
  type ToHost,
  type ToPlayer,
  type ToPlayerFromServer,
} from './protocol';

interface Player {
  ws: WebSocket;
  seat: string | null;
  name: string;
}

export class Room {
  private host: WebSocket | null = null;
  private readonly players = new Set<Player>();
  private organisations: Organisation[] | null = null;

  constructor(readonly id: string) {}

  /** Seats held now, with the players' names. */
  seats(): { seat: string; name: string }[] {
    return [...this.players].flatMap((p) => (p.seat ? [{ seat: p.seat, name: p.name }] : []));
  }

  get hasHost(): boolean {
    return this.host !== null;
  }

  addHost(ws: WebSocket): void {
    if (this.host) {
      send(ws, { type: 'refused', text: 'This room already has a facilitator.' });
      ws.close(4009, 'room has a host');
      return;
    }
    this.host = ws;
    send(ws, { type: 'hello', room: this.id } satisfies ToHost);
    for (const s of this.seats()) send(ws, { type: 'joined', seat: s.seat, name: s.name } satisfies ToHost);
    ws.on('message', (data) => this.fromHost(String(data)));
    ws.on('close', () => {
      if (this.host !== ws) return;
      this.host = null;
      for (const p of this.players) send(p.ws, { type: 'host-left' } satisfies ToPlayerFromServer);
    });
  }

  addPlayer(ws: WebSocket): void {
    const p: Player = { ws, seat: null, name: 'A player' };
    this.players.add(p);
    if (this.organisations) send(ws, { type: 'organisations', list: this.organisations });
    if (!this.host) send(ws, { type: 'waiting-host' } satisfies ToPlayerFromServer);
    ws.on('message', (data) => this.fromPlayer(p, String(data)));
    ws.on('close', () => {
      this.players.delete(p);
      if (p.seat) this.toHost({ type: 'left', seat: p.seat });
    });
  }

  private fromHost(data: string): void {
    const m = readMessage(data);
    if (!m) return;
    if (m.type === 'organisations' && Array.isArray(m.list)) {
      this.organisations = (m.list as Organisation[]).slice(0, 5000);
      for (const p of this.players) if (!p.seat) send(p.ws, { type: 'organisations', list: this.organisations });
    } else if (m.type === 'send' && typeof m.to === 'string' && m.message && typeof m.message === 'object') {
      for (const p of this.players) if (m.to === '*' || p.seat === m.to) send(p.ws, m.message as ToPlayer);
    } else if (m.type === 'refuse' && typeof m.seat === 'string') {
      for (const p of this.players)
        if (p.seat === m.seat) {
          p.seat = null;
          send(p.ws, { type: 'refused', text: String(m.text ?? 'The facilitator refused this seat.') });
          if (this.organisations) send(p.ws, { type: 'organisations', list: this.organisations });
        }
    }
  }

  private fromPlayer(p: Player, data: string): void {
    const m = readMessage(data);
    if (!m) return send(p.ws, notice('The room could not read that message.'));
    if (m.type === 'claim') {
      const seat = String(m.seat ?? '');
      if (p.seat) return send(p.ws, notice(`You already hold ${p.seat}.`));
      if (!SEAT_CODE.test(seat)) return refuse(p, `“${seat.slice(0, 24)}” is not an organisation code.`);
      if (this.organisations && !this.organisations.some((o) => o.code === seat))
        return refuse(p, `No organisation in this run has the code ${seat}.`);
      const holder = [...this.players].find((x) => x.seat === seat);
      if (holder) return refuse(p, `${seat} is already held by ${holder.name}. Choose another organisation.`);
      p.seat = seat;
      p.name = typeof m.name === 'string' && m.name.trim() ? m.name.trim().slice(0, 40) : 'A player';
      send(p.ws, { type: 'claimed', seat } satisfies ToPlayerFromServer);
      this.toHost({ type: 'joined', seat, name: p.name });
    } else if (m.type === 'answer') {
      if (!p.seat) return send(p.ws, notice('Take a seat before answering.'));
      if (typeof m.key !== 'string' || (typeof m.value !== 'number' && typeof m.value !== 'string'))
        return send(p.ws, notice('That answer is malformed.'));
      if (!this.host) return send(p.ws, notice('The facilitator is not connected: your answer was not sent.'));
      this.toHost({ type: 'answer', seat: p.seat, key: m.key, value: m.value });
    } else send(p.ws, notice(`Unknown message “${m.type.slice(0, 20)}”.`));
  }

  private toHost(m: ToHost): void {
    if (this.host) send(this.host, m);
  }
}

function refuse(p: Player, text: string): void {
  send(p.ws, { type: 'refused', text } satisfies ToPlayerFromServer);
}

const notice = (text: string): ToPlayer => ({ type: 'notice', text, tone: 'error' });

function send(ws: WebSocket, m: object): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
}
