import { AppError } from "../errors";

/** Seconds a refused search is asked to wait: a queue that full drains in about that. */
export const GATE_RETRY_AFTER_SECONDS = 2;

/**
 * At most `limit` tasks at once; the rest wait their turn strictly in arrival order, and at most `maxWaiting` of
 * them: one more is refused at once with UNAVAILABLE (503, Retry-After) instead of waiting behind a queue it could
 * only time out in. PGlite answers one query at a time, so a burst of expensive searches would otherwise fill its
 * queue and every cheap read would wait behind them.
 */
export class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(
    readonly limit: number,
    readonly maxWaiting = Number.POSITIVE_INFINITY,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else if (this.waiting.length >= this.maxWaiting) {
      throw new AppError("UNAVAILABLE", {
        message: { zh: "搜索请求过多，请稍后再试", en: "Too many searches at once; try again shortly" },
        details: { reason: "search_queue_full", retryAfterSeconds: GATE_RETRY_AFTER_SECONDS },
      });
    }
    // A finishing task hands its place straight to the first waiter (`running` is not decremented), so a task
    // arriving in between can never overtake the queue.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
