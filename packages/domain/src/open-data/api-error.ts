import { z } from "zod";
import { LocalizedText } from "../text";

/** An error answer: a stable code, the message in Chinese and English, and the fields at fault. */
export const ApiError = z.object({
  code: z.string(),
  message: LocalizedText,
  fields: z.array(z.object({ path: z.string(), message: z.string() })),
  details: z.record(z.string(), z.unknown()),
});
export type ApiError = z.infer<typeof ApiError>;
