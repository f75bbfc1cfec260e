import { err, type ImportResult, ok, type Result, type SourceFormat } from "@gongkai/domain";
import { decodeText } from "./decode";
import { docxText } from "./docx";
import { type IngestError, ingestError } from "./errors";
import { ingestDecoded } from "./ingest-text";
import { pdfText } from "./pdf";

/** Largest file imported by default: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestFileOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

/**
 * Imports a file: .txt (UTF-8, UTF-16 with a byte-order mark, or GBK/GB18030), .docx or .pdf, recognised by
 * extension and checked by content. Anything else, or a file over the limit, gets a one-line error in Chinese and
 * English; nothing throws.
 */
export async function ingestFile(
  input: { bytes: Uint8Array; fileName: string },
  options: IngestFileOptions = {},
): Promise<Result<ImportResult, IngestError>> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { bytes, fileName } = input;
  if (bytes.length > limit) return err(ingestError("too_large", { size: bytes.length, limit }));
  const format = detectFormat(bytes, fileName);
  if (!format.ok) return format;
  try {
    const source = { fileName, format: format.value, bytes: bytes.length };
    switch (format.value) {
      case "txt": {
        const text = decodeText(bytes);
        if (!text.ok) return text;
        return ok(ingestDecoded(text.value.text, { ...source, encoding: text.value.encoding }));
      }
      case "docx": {
        const text = await docxText(bytes);
        if (!text.ok) return text;
        return ok(ingestDecoded(text.value, { ...source, encoding: "docx" }));
      }
      case "pdf": {
        const text = await pdfText(bytes);
        if (!text.ok) return text;
        return ok(ingestDecoded(text.value, { ...source, encoding: "pdf" }));
      }
    }
  } catch {
    // The pipeline is total over text; a failure here is a damaged container the readers did not catch.
    return err(
      ingestError(
        format.value === "pdf"
          ? "unreadable_pdf"
          : format.value === "docx"
            ? "unreadable_docx"
            : "undecodable",
      ),
    );
  }
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/** The format of a file from its extension, checked against its first bytes (%PDF, a zip for .docx). */
export function detectFormat(bytes: Uint8Array, fileName: string): Result<SourceFormat, IngestError> {
  const ext = extensionOf(fileName);
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === "pdf") return isPdf ? ok("pdf") : err(ingestError("unreadable_pdf"));
  if (ext === "docx") return isZip ? ok("docx") : err(ingestError("unreadable_docx"));
  if (ext === "txt" || ext === "text" || ext === "md" || ext === "") {
    if (isPdf) return ok("pdf");
    if (isZip) return err(ingestError("unsupported_format", { extension: ext || "zip" }));
    return ok("txt");
  }
  return err(ingestError("unsupported_format", { extension: ext }));
}
