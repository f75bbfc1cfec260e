import { z } from "zod";

/** A message shown to people: Simplified Chinese first, English second. */
export const LocalizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A half-open character range [start, end) into a text the holder names. */
export const Span = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.end >= s.start, { message: "span end must not precede its start" });
export type Span = z.infer<typeof Span>;

/** Calendar date as written in Asia/Shanghai, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** Instant with offset, e.g. 2022-01-10T09:00:00+08:00. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Id = z.string().min(1).max(64);

/**
 * A web address to link to: http or https only. A `javascript:` or `data:` address is a valid URL too, and a
 * page or an open-data consumer that makes it a link would run it.
 */
export const WebAddress = z.url({ protocol: /^https?$/, error: "an http:// or https:// address" }).max(2000);
