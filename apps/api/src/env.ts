import { resolve } from "node:path";
import { DEFAULT_INDEX_NUMBER_RULE, IndexNumberRule } from "@gongkai/domain";
import { z } from "zod";

/*
 * The server's configuration: every environment variable it reads, read here and nowhere else. The root README
 * documents each with its default.
 */

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .default("")
  .transform((v) => v === "1" || v === "true" || v === "yes");

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PUBLIC_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TRUST_PROXY: flag,
  ADMIN_EMAIL: z
    .string()
    .email()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ADMIN_PASSWORD: z
    .string()
    .min(10)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  SEED_SAMPLES: flag,
  SAMPLES_DIR: z.string().default("samples"),
  EDITOR_DIR: z.string().default("apps/editor/dist"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  MAX_UPLOAD_MB: z.coerce.number().min(1).max(200).default(20),
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  INDEX_NUMBER_TEMPLATE: IndexNumberRule.shape.template.default(DEFAULT_INDEX_NUMBER_RULE.template),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** The address the public reaches the site at, for links in feeds, sitemaps and open data; null: from the request. */
  publicUrl: string | null;
  trustProxy: boolean;
  admin: { email: string; password: string } | { email: string; password: null } | null;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  seedSamples: boolean;
  samplesDir: string;
  editorDir: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  maxUploadBytes: number;
  publicCacheSeconds: number;
  /** The rule 索引号 are drawn by. */
  indexNumberRule: IndexNumberRule;
}

/** Reads and checks the environment; a bad value stops the server with a message naming the variable. */
export function readEnv(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量有误 / invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const seed = env.SEED_SAMPLES === undefined ? true : e.SEED_SAMPLES;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, "") : null,
    trustProxy: e.TRUST_PROXY,
    admin: e.ADMIN_EMAIL ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD ?? null } : null,
    logLevel: e.LOG_LEVEL,
    seedSamples: seed,
    samplesDir: resolve(cwd, e.SAMPLES_DIR),
    editorDir: resolve(cwd, e.EDITOR_DIR),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    publicCacheSeconds: e.PUBLIC_CACHE_SECONDS,
    indexNumberRule: { template: e.INDEX_NUMBER_TEMPLATE },
  };
}
