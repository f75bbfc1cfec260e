import { err, ok, type Result } from "@gongkai/domain";
import iconv from "iconv-lite";
import { type IngestError, ingestError } from "./errors";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** Share of characters that must be ordinary text for a GB18030 reading to be believed. */
const PLAUSIBLE = 0.9;

/**
 * Decodes the bytes of a text file: a byte-order mark decides when there is one; otherwise strict UTF-8 is tried
 * first, then GB18030 (a superset of GBK and GB2312, which many Chinese files use), which is believed only if
 * what it reads is mostly Chinese, ASCII and punctuation. NUL bytes or many control bytes mean binary.
 */
export function decodeText(bytes: Uint8Array): Result<{ text: string; encoding: TextEncoding }, IngestError> {
  if (bytes.length === 0) return err(ingestError("empty"));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decoded(utf8(bytes.subarray(3)), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return decoded(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return decoded(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  if (looksBinary(bytes)) return err(ingestError("binary"));
  const strict = utf8(bytes);
  if (strict !== null) return decoded(strict, "utf-8");
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  if (plausibleText(gb)) return decoded(gb, "gb18030");
  return err(ingestError("undecodable"));
}

function decoded(
  text: string | null,
  encoding: TextEncoding,
): Result<{ text: string; encoding: TextEncoding }, IngestError> {
  if (text === null) return err(ingestError("undecodable"));
  if (text.trim().length === 0) return err(ingestError("empty"));
  return ok({ text, encoding });
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return control > n * 0.01;
}

/** Whether decoded text reads as text: common Han characters, ASCII, CJK punctuation and white space. */
export function plausibleText(text: string): boolean {
  const n = Math.min(text.length, 64 * 1024);
  if (n === 0) return false;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 10 ||
      c === 13 ||
      c === 9 ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x2027)
    )
      good++;
  }
  return good >= n * PLAUSIBLE;
}
