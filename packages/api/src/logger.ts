/** What the API logs through; the server passes one that writes JSON lines at its LOG_LEVEL. */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One JSON object per line on stdout (errors on stderr), dropping levels below `level`. */
export function createLogger(level: LogLevel = "info", clock: () => Date = () => new Date()): Logger {
  const rank = (l: LogLevel) => LOG_LEVELS.indexOf(l);
  const write = (l: Exclude<LogLevel, "silent">, message: string, data?: Record<string, unknown>) => {
    if (rank(l) < rank(level)) return;
    const line = JSON.stringify({ time: clock().toISOString(), level: l, message, ...data });
    (l === "error" || l === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (m, d) => write("debug", m, d),
    info: (m, d) => write("info", m, d),
    warn: (m, d) => write("warn", m, d),
    error: (m, d) => write("error", m, d),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
