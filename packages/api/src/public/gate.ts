/**
 * At most `limit` tasks at once; the rest wait their turn in order. PGlite answers one query at a time, so a
 * burst of expensive searches would otherwise fill its queue and every cheap read would wait behind them.
 */
export class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
