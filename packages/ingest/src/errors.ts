import type { LocalizedText } from "@gongkai/domain";

/** Why a file could not be imported. */
export type IngestErrorCode =
  | "too_large"
  | "empty"
  | "unsupported_format"
  | "binary"
  | "undecodable"
  | "unreadable_docx"
  | "unreadable_pdf"
  | "encrypted_pdf"
  | "no_text";

/** A file that cannot be imported, with a one-line message in Chinese and English. */
export interface IngestError {
  code: IngestErrorCode;
  message: LocalizedText;
}

const MB = 1024 * 1024;

function mb(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

/** Builds the error for a code; `detail` carries the size limit or the file name extension where it matters. */
export function ingestError(
  code: IngestErrorCode,
  detail: { limit?: number; size?: number; extension?: string } = {},
): IngestError {
  const messages: Record<IngestErrorCode, LocalizedText> = {
    too_large: {
      zh: `文件过大(${mb(detail.size ?? 0)}),上限为 ${mb(detail.limit ?? 0)}`,
      en: `the file is too large (${mb(detail.size ?? 0)}); the limit is ${mb(detail.limit ?? 0)}`,
    },
    empty: { zh: "文件为空,没有可导入的文字", en: "the file is empty: there is no text to import" },
    unsupported_format: {
      zh: `不支持的文件类型${detail.extension ? ` .${detail.extension}` : ""},请上传 .txt、.docx 或 .pdf 文件`,
      en: `unsupported file type${detail.extension ? ` .${detail.extension}` : ""}; upload a .txt, .docx or .pdf file`,
    },
    binary: { zh: "文件不是文本文件(含有二进制内容)", en: "the file is not text: it holds binary content" },
    undecodable: {
      zh: "无法识别文件的文字编码(不是 UTF-8 或 GBK/GB18030)",
      en: "the text encoding is not recognised (neither UTF-8 nor GBK/GB18030)",
    },
    unreadable_docx: {
      zh: "无法读取该 Word 文件,文件可能已损坏",
      en: "the Word file cannot be read; it may be damaged",
    },
    unreadable_pdf: {
      zh: "无法读取该 PDF 文件,文件可能已损坏",
      en: "the PDF file cannot be read; it may be damaged",
    },
    encrypted_pdf: {
      zh: "该 PDF 文件已加密,请先解除密码保护",
      en: "the PDF file is encrypted; remove its password first",
    },
    no_text: {
      zh: "文件中没有可提取的文字(可能是扫描件,需要先进行文字识别)",
      en: "the file holds no extractable text (a scan needs OCR first)",
    },
  };
  return { code, message: messages[code] };
}

/** The error as one line: Chinese first, English after. */
export function formatIngestError(error: IngestError): string {
  return `${error.message.zh} / ${error.message.en}`;
}
