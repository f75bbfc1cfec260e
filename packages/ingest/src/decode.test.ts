import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";

const text = "望京镇2022年政府工作报告\n完成财政收入2630万元,同比增长30%。";

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte-order mark", () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ ok: true, value: { text, encoding: "utf-8" } });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      value: { text, encoding: "utf-8" },
    });
  });

  it("detects GBK and GB18030 when the bytes are not UTF-8", () => {
    for (const encoding of ["gbk", "gb18030"]) {
      const r = decodeText(new Uint8Array(iconv.encode(text, encoding)));
      expect(r).toEqual({ ok: true, value: { text, encoding: "gb18030" } });
    }
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const le = iconv.encode(text, "utf-16le");
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le]))).toEqual({
      ok: true,
      value: { text, encoding: "utf-16le" },
    });
  });

  it("refuses empty files, binary files and bytes that read as no text", () => {
    const empty = decodeText(new Uint8Array());
    expect(empty.ok ? "" : empty.error.code).toBe("empty");
    const binary = decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    expect(binary.ok ? "" : binary.error.code).toBe("binary");
    const garbage = decodeText(Uint8Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    expect(garbage.ok ? "" : garbage.error.code).toBe("undecodable");
    const blank = decodeText(new TextEncoder().encode(" \n\n  "));
    expect(blank.ok ? "" : blank.error.code).toBe("empty");
  });
});
