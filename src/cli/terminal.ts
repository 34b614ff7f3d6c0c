/**
 * The one line of the terminal that progress ("checked 19/45 links") lives on, shared with the
 * log: a log line first clears the progress, then the progress is drawn again below it, so the
 * two never run into each other. Only used when a person watches stderr.
 */
import { Writable } from 'node:stream';

export class TerminalLine {
  private current = '';

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  /** Show `text` as the progress line (replacing the one before); '' clears it. */
  show(text: string): void {
    this.out.write(`\r\x1b[2K${text}`);
    this.current = text;
  }

  /** The progress is done: keep its last text and move on to a new line. */
  done(text: string): void {
    this.show(text);
    this.out.write('\n');
    this.current = '';
  }

  /** A stream for log lines that keeps the progress line below them. */
  logStream(): Writable {
    return new Writable({
      write: (chunk: Buffer | string, _encoding, callback) => {
        if (this.current) this.out.write('\r\x1b[2K');
        this.out.write(chunk);
        if (this.current) this.out.write(this.current);
        callback();
      },
    });
  }
}
