import { err, ok, type Result } from "@gongkai/domain";
import mammoth from "mammoth";
import { type IngestError, ingestError } from "./errors";

/** Reads the text of a Word (.docx) file, one paragraph per line, with mammoth. */
export async function docxText(bytes: Uint8Array): Promise<Result<string, IngestError>> {
  try {
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    // mammoth separates paragraphs with a blank line; one line per paragraph is what the cleaner expects.
    const text = value.replace(/\n{2,}/g, "\n");
    return text.trim() ? ok(text) : err(ingestError("no_text"));
  } catch {
    return err(ingestError("unreadable_docx"));
  }
}
