/** What a progress bar writes to: a stream that may be a terminal. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const WIDTH = 24;

/**
 * A progress bar for batch imports: redrawn in place on a terminal, one line per tenth of the work otherwise
 * (so logs stay short).
 */
export class Progress {
  private count = 0;
  private lastTenth = -1;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
  ) {}

  tick(label: string): void {
    this.count++;
    const ratio = this.total > 0 ? this.count / this.total : 1;
    if (this.stream.isTTY) {
      const filled = Math.round(ratio * WIDTH);
      const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
      const line = `导入 importing [${bar}] ${this.count}/${this.total} ${label}`;
      const max = (this.stream.columns ?? 100) - 1;
      this.stream.write(`\r\x1b[K${line.slice(0, max)}`);
      return;
    }
    const tenth = Math.floor(ratio * 10);
    if (tenth !== this.lastTenth) {
      this.lastTenth = tenth;
      this.stream.write(`导入 importing ${this.count}/${this.total} ${label}\n`);
    }
  }

  done(summary: string): void {
    this.stream.write(`${this.stream.isTTY ? "\r\x1b[K" : ""}完成 done: ${summary}\n`);
  }
}
