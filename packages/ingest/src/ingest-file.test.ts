import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { formatIngestError } from "./errors";
import { DEFAULT_MAX_BYTES, detectFormat, ingestFile } from "./ingest-file";

const report = "望京镇2022年政府工作报告\n一、2021年工作回顾\n完成财政收入2630万元,同比增长30%。";

describe("ingestFile", () => {
  it("imports a GBK text file and says how it was read", async () => {
    const r = await ingestFile({ bytes: new Uint8Array(iconv.encode(report, "gbk")), fileName: "报告.txt" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.source).toEqual({
      fileName: "报告.txt",
      format: "txt",
      encoding: "gb18030",
      bytes: iconv.encode(report, "gbk").length,
    });
    expect(r.value.documents[0]?.indicators[0]?.code).toBe("fiscal_revenue");
  });

  it("refuses a file over the size limit with a one-line message in Chinese and English", async () => {
    const r = await ingestFile({ bytes: new Uint8Array(2048), fileName: "a.txt" }, { maxBytes: 1024 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("too_large");
    const line = formatIngestError(r.error);
    expect(line).not.toContain("\n");
    expect(line).toMatch(/文件过大.*\/ the file is too large/);
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it("refuses other kinds of file, and files whose content does not match their name", async () => {
    const doc = await ingestFile({ bytes: new TextEncoder().encode(report), fileName: "a.doc" });
    expect(doc.ok ? "" : doc.error.code).toBe("unsupported_format");
    const fakePdf = await ingestFile({ bytes: new TextEncoder().encode(report), fileName: "a.pdf" });
    expect(fakePdf.ok ? "" : fakePdf.error.code).toBe("unreadable_pdf");
    const fakeDocx = await ingestFile({ bytes: new TextEncoder().encode(report), fileName: "a.docx" });
    expect(fakeDocx.ok ? "" : fakeDocx.error.code).toBe("unreadable_docx");
    const brokenZip = await ingestFile({
      bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      fileName: "a.docx",
    });
    expect(brokenZip.ok ? "" : brokenZip.error.code).toBe("unreadable_docx");
    const brokenPdf = await ingestFile({
      bytes: new TextEncoder().encode("%PDF-1.7\nnot really"),
      fileName: "a.pdf",
    });
    expect(brokenPdf.ok ? "" : brokenPdf.error.code).toBe("unreadable_pdf");
  });

  it("recognises a PDF or a zip by its first bytes when the name says nothing", () => {
    expect(detectFormat(new TextEncoder().encode("%PDF-1.4"), "download")).toEqual({
      ok: true,
      value: "pdf",
    });
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), "download").ok).toBe(false);
    expect(detectFormat(new TextEncoder().encode("text"), "report.TXT")).toEqual({ ok: true, value: "txt" });
  });
});
