// Standard output, a character device or a FIFO: written through as the data comes, in
// whole lines, never truncated, replaced or renamed over.
import { closeSync, constants, open as openCb } from 'node:fs';
import { ioError, IoError, writeAll } from './io';
import { BUFFER, joinChunks, type Chunk, type Output } from './output-file';
import { STDOUT_NAME, type Target } from './targets';

/** Standard output, a device or a FIFO: written through as whole lines; never truncated or replaced. */
export class StreamOutput implements Output {
  private buf: Chunk[] = [];
  private size = 0;
  private failure: IoError | null = null;
  private closed = false;
  bytes = 0;
  constructor(
    readonly target: Target,
    private readonly put: (text: Chunk) => void,
    private readonly done: () => void = () => {},
  ) {}
  write(text: Chunk): void {
    if (this.failure) throw this.failure;
    this.buf.push(text);
    this.size += text.length;
    if (this.size > BUFFER) this.flush();
  }
  flush(): void {
    if (this.failure) throw this.failure;
    if (this.buf.length === 0) return;
    const text = joinChunks(this.buf);
    this.buf = [];
    this.size = 0;
    try {
      this.put(text);
      this.bytes += text.length;
    } catch (e) {
      const stdout = this.target.kind === 'stdout';
      throw (this.failure = ioError(
        e,
        stdout ? `cannot write ${STDOUT_NAME}` : `cannot write --${this.target.flag} ${this.target.name}`,
        stdout,
      ));
    }
  }
  commit(): void {
    this.flush();
    this.keep();
  }
  /** Stops: what is buffered is dropped, so the output ends at the last whole unit. */
  keep(): void {
    this.buf = [];
    if (this.closed) return;
    this.closed = true;
    this.done();
  }
  abort(): void {
    this.keep();
  }
  abandon(): void {
    this.keep();
  }
}

/** Thrown when Ctrl-C comes while an output is still being opened (a FIFO waiting for its reader). */
export class StoppedWhileOpening extends Error {}

function openForWriting(path: string, stop?: AbortSignal): Promise<number> {
  // Asynchronous: opening a FIFO waits for a reader, and Ctrl-C must still be heard meanwhile.
  return new Promise((res, rej) => {
    const onStop = (): void => rej(new StoppedWhileOpening());
    if (stop?.aborted) return onStop();
    stop?.addEventListener('abort', onStop, { once: true });
    openCb(path, constants.O_WRONLY | constants.O_APPEND, (e, fd) => {
      stop?.removeEventListener('abort', onStop);
      if (stop?.aborted) {
        if (!e) closeSync(fd); // too late: the command has stopped
      } else if (e) rej(e);
      else res(fd);
    });
  });
}

/** Opens a device or FIFO to write through (waiting for a FIFO's reader unless `stop` fires). */
export async function openStream(
  target: Extract<Target, { kind: 'stream' }>,
  stop?: AbortSignal,
): Promise<StreamOutput> {
  let fd: number;
  try {
    fd = await openForWriting(target.path, stop);
  } catch (e) {
    if (e instanceof StoppedWhileOpening) throw e;
    throw ioError(e, `cannot write --${target.flag} ${target.name}`);
  }
  return new StreamOutput(
    target,
    (t) => writeAll(fd, t),
    () => closeSync(fd),
  );
}
