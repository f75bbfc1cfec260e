// The server the soak measures: exactly `pnpm start` (apps/api/src/main.ts), plus an IPC channel on which the
// benchmark asks for its memory after a full garbage collection. Nothing is added to the server's HTTP routes.
// Run with --expose-gc. Not a benchmark itself.

process.on("message", (message) => {
  if (message !== "memory") return;
  // A full collection first: what is left is what the server keeps, not garbage it has yet to collect.
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  process.send?.({
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
  });
});

await import("../../apps/api/src/main");
