import { z } from "zod";

/** A file (base64) or pasted text to import; the server limits the size (MAX_UPLOAD_BYTES). */
export const CreateImportInput = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .refine((n) => !/[/\\\0]/.test(n), "a file name, not a path"),
    contentBase64: z.string().max(40_000_000).optional(),
    text: z.string().max(10_000_000).optional(),
  })
  .refine((v) => (v.contentBase64 === undefined) !== (v.text === undefined), {
    message: "give either contentBase64 (a file) or text (pasted), not both",
    path: ["contentBase64"],
  });
