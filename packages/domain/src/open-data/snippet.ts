import { z } from "zod";

/** A piece of a search snippet; `hit` pieces are what matched and are shown highlighted (escape as you render). */
export const SnippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;
