// Reading an input file (a scenario) with a size limit, so `--scenario /dev/zero`, a FIFO
// or a huge file cannot take all the memory: at most MAX_INPUT_BYTES are ever held.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliError, ioError } from './io';

/** A scenario file is a few kilobytes; 5 MB leaves room for any sensible one. */
export const MAX_INPUT_BYTES = 5_000_000;

/** What an input file is, for messages: the flag naming it and what such a file usually weighs. */
export interface InputKind {
  flag: string;
  what: string;
  typical: string;
}

const SCENARIO: InputKind = { flag: '--scenario', what: 'scenario file', typical: 'a few kilobytes' };

function tooBig(label: string, limit: number, kind: InputKind): CliError {
  return new CliError(
    `${label}: larger than ${limit / 1_000_000} MB; a ${kind.what} is ${kind.typical} (is this the right file?)`,
  );
}

/** UTF-8 text of a file (a byte-order mark is dropped); bad input if larger than `limit` bytes or not UTF-8. */
export function readInputText(path: string, label: string, limit = MAX_INPUT_BYTES, kind = SCENARIO): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw ioError(e, `cannot read ${label}`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new CliError(`${kind.flag} "${label}" is a directory, not a ${kind.what}`);
    if (st.isFile() && st.size > limit) throw tooBig(label, limit, kind);
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(1 << 16);
    let total = 0;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw ioError(e, `cannot read ${label}`);
      }
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooBig(label, limit, kind);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return decode(Buffer.concat(chunks), label);
  } finally {
    closeSync(fd);
  }
}

function decode(bytes: Buffer, label: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new CliError(`${label}: the file is UTF-16 text; save it as UTF-8`);
  try {
    // TextDecoder drops a UTF-8 byte-order mark (as editors on Windows write one).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${label}: not UTF-8 text; save it as UTF-8`);
  }
}
