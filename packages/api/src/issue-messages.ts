import type { LocalizedText } from "@gongkai/domain";
import { z } from "zod";

/*
 * zod writes an issue's message once, when it parses, in the one locale of its global config (English). The
 * API answers in Chinese and English, so each issue is formatted again with zod's own zh-CN and en locales. The
 * global config stays English: other code in the process reads those messages too.
 */
const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

type Issue = z.core.$ZodIssue;

// Stand-ins for the value an `invalid_type` issue received: zod drops the input from finished issues, and both
// locales name its type. The types a JSON body or a query string (coerced: NaN, Infinity) can carry.
const RECEIVED: Record<string, unknown> = {
  undefined: undefined,
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
  null: null,
  string: "",
  number: 0,
  boolean: false,
  array: [],
  object: {},
};

const text = (m: ReturnType<z.core.$ZodErrorMap>): string | undefined =>
  typeof m === "string" ? m : m?.message;

/**
 * An issue's message in Simplified Chinese and English. A message the schema wrote itself (a domain rule such as
 * "only a province has no parent") is not a locale's, and stays as written in both.
 * @example localizedIssue(z.string().min(1).safeParse("").error!.issues[0]!)
 * // { zh: "数值过小：期望 string >=1 字符", en: "Too small: expected string to have >=1 characters" }
 */
export function localizedIssue(issue: Issue): LocalizedText {
  let raw: Parameters<typeof en>[0] = issue as Parameters<typeof en>[0];
  if (issue.code === "invalid_type") {
    const received = /received (-?\w+)$/.exec(issue.message)?.[1];
    if (received === undefined || !Object.hasOwn(RECEIVED, received))
      return { zh: issue.message, en: issue.message };
    raw = { ...raw, input: RECEIVED[received] } as typeof raw;
  }
  // Only a message the English locale would write is the locale's; anything else the schema chose.
  if (text(en(raw)) !== issue.message) return { zh: issue.message, en: issue.message };
  return { zh: text(zhCN(raw)) ?? issue.message, en: issue.message };
}
