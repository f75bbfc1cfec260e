import { describe, expect, it } from "vitest";
import { ingestText } from "./ingest-text";
import { formatOutline } from "./outline";

describe("formatOutline", () => {
  it("shows each report's metadata, section tree, indicators, placeholders and what was removed", () => {
    const out = formatOutline(
      ingestText(
        "- 19.09 KB\nxx镇2022年政府工作报告\n一、2021年工作回顾\n完成财政收入2630万元,同比增长30%。\n二、2022年工作安排\n力争财政收入增长10%。",
        { fileName: "r.txt" },
      ),
    );
    expect(out).toContain("r.txt");
    expect(out).toContain("一、2021年工作回顾 [工作回顾 review]");
    expect(out).toContain("二、2022年工作安排 [工作安排 plan]");
    expect(out).toContain("财政收入 fiscal_revenue · 2630万元 · 2021 · actual · 同比 yoy +30%");
    expect(out).toContain("占位符 Placeholders (1): xx镇");
    expect(out).toContain("网站模板 site boilerplate ×1");
  });
});
