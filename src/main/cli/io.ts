import type { Readable, Writable } from 'node:stream';

/** The CLI's streams; tests pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: Writable;
  stderr: Writable;
}

/** A usage or input error: reported as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Reads answers from standard input one line at a time. Passwords come only from here, never
 * from arguments (which other users of the PC can see in the process list).
 */
export function lineReader(io: CliIo): { next(prompt: string): Promise<string>; close(): void } {
  const lines: string[] = [];
  const waiters: ((line: string | null) => void)[] = [];
  let buffer = '';
  let ended = false;
  const onData = (chunk: Buffer | string) => {
    buffer += chunk.toString();
    let i: number;
    while ((i = buffer.search(/\r?\n/)) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(buffer[i] === '\r' ? i + 2 : i + 1);
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  };
  const onEnd = () => {
    ended = true;
    if (buffer.length) {
      const w = waiters.shift();
      if (w) w(buffer);
      else lines.push(buffer);
      buffer = '';
    }
    while (waiters.length) waiters.shift()!(null);
  };
  io.stdin.on('data', onData);
  io.stdin.on('end', onEnd);
  return {
    async next(prompt) {
      if (io.stdin.isTTY) io.stderr.write(prompt);
      const line = lines.length ? lines.shift()! : ended ? null : await new Promise<string | null>((r) => waiters.push(r));
      if (line === null) throw new UsageError(`expected ${prompt.replace(/:\s*$/, '').toLowerCase()} on standard input`);
      return line;
    },
    close() {
      io.stdin.off('data', onData);
      io.stdin.off('end', onEnd);
      io.stdin.pause();
    },
  };
}
