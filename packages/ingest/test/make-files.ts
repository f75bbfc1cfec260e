import { Document, Packer, Paragraph } from "docx";
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  PDFHexString,
  PDFName,
  setFontAndSize,
  showText,
} from "pdf-lib";

/** A .docx holding the text, one paragraph per line, built with the docx package. */
export async function makeDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: text.split("\n").map((line) => new Paragraph({ text: line })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A .pdf holding the text the way Chinese PDFs often do: the non-embedded Adobe-GB1 font STSong-Light with the
 * UniGB-UCS2-H encoding (no font file needed), paragraphs wrapped at `width` Han characters and (with `indent`)
 * their first lines indented, `linesPerPage` lines to a page, and a page number at the foot of each page.
 */
export async function makePdf(
  text: string,
  {
    width = 26,
    linesPerPage = 40,
    indent = true,
  }: { width?: number; linesPerPage?: number; indent?: boolean } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const ctx = pdf.context;
  const cidFont = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "CIDFontType0",
      BaseFont: "STSong-Light",
      CIDSystemInfo: {
        Registry: PDFHexString.fromText("Adobe"),
        Ordering: PDFHexString.fromText("GB1"),
        Supplement: 4,
      },
      FontDescriptor: ctx.register(
        ctx.obj({
          Type: "FontDescriptor",
          FontName: "STSong-Light",
          Flags: 6,
          FontBBox: [-25, -254, 1000, 880],
          ItalicAngle: 0,
          Ascent: 880,
          Descent: -120,
          CapHeight: 880,
          StemV: 93,
        }),
      ),
      DW: 1000,
      // Latin letters, digits and ASCII punctuation (CIDs 1–95 of Adobe-GB1) are half as wide as Han characters.
      W: [1, 95, 500],
    }),
  );
  const font = ctx.register(
    ctx.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "STSong-Light",
      Encoding: "UniGB-UCS2-H",
      DescendantFonts: [cidFont],
    }),
  );
  // Lines are filled to a width (a Han character takes two cells, a digit or letter one) and each paragraph's
  // first line is indented two characters, as Chinese documents are laid out. A space between two Chinese words
  // in a text copied from such a document stands for a line break it lost, and becomes one again.
  const lines: Array<{ text: string; indent: boolean }> = [];
  const paragraphs = text.split("\n").flatMap((p) => p.split(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/));
  for (const paragraph of paragraphs) {
    let line = "";
    let cells = indent ? 4 : 0;
    let first = indent;
    for (const ch of paragraph) {
      const w = /[\x20-\x7e]/.test(ch) ? 1 : 2;
      if (cells + w > width * 2) {
        lines.push({ text: line, indent: first });
        line = "";
        cells = 0;
        first = false;
      }
      line += ch;
      cells += w;
    }
    if (line) lines.push({ text: line, indent: first });
  }
  const size = 12;
  for (let start = 0, pageNo = 1; start < lines.length; start += linesPerPage, pageNo++) {
    const page = pdf.addPage([595, 842]);
    page.node.setFontDictionary(PDFName.of("F1"), font);
    const ops = [];
    let y = 780;
    for (const line of lines.slice(start, start + linesPerPage)) {
      ops.push(beginText(), setFontAndSize("F1", size), moveText(line.indent ? 60 + 2 * size : 60, y));
      ops.push(showText(ucs2(line.text)), endText());
      y -= 18;
    }
    ops.push(
      beginText(),
      setFontAndSize("F1", 10),
      moveText(290, 40),
      showText(ucs2(`- ${pageNo} -`)),
      endText(),
    );
    page.pushOperators(...ops);
  }
  return pdf.save({ useObjectStreams: false });
}

function ucs2(s: string): PDFHexString {
  let hex = "";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0");
  return PDFHexString.of(hex);
}
