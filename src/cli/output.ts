// Where a command writes its report. A report can run to hundreds of MB, so it is written in pieces
// as it is made; StreamOutput gathers the pieces into chunks and waits for each chunk to be taken.
import type { Writable } from 'node:stream';

export interface Output {
  /** Writes text; when it returns a promise, wait for it before writing more. */
  write(text: string): void | Promise<void>;
  /** True once nobody reads any more (the reader closed the pipe, as `head` does): stop writing. */
  readonly closed?: boolean;
}

const CHUNK = 64 * 1024;

/** process.stdout as an Output: buffered into 64 KB chunks, and quiet when the reader goes away. */
export class StreamOutput implements Output {
  closed = false;
  /** Why writing failed, if it did for another reason than a closed pipe (a full disk, say). */
  failure?: NodeJS.ErrnoException;
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {
    // Without a listener an EPIPE would be thrown as an uncaught error, with its stack and exit 1.
    stream.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
  }

  write(text: string): void | Promise<void> {
    if (this.closed) return;
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) return this.flush();
  }

  /** Writes what is gathered; resolves once the stream has taken it (or failed to). */
  flush(): Promise<void> {
    if (this.closed || this.size === 0) return Promise.resolve();
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    return new Promise((resolve) => {
      this.stream.write(chunk, (error) => {
        if (error) this.fail(error);
        resolve();
      });
    });
  }

  private fail(error: NodeJS.ErrnoException) {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    this.size = 0;
    if (error.code !== 'EPIPE') this.failure = error;
  }
}
