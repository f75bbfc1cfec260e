import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES, t } from ".";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("interface text", () => {
  const entries = Object.entries(MESSAGES) as Array<[string, { zh: string; en: string }]>;

  it("has every key in Chinese and in English", () => {
    for (const [key, text] of entries) {
      expect(text.zh.trim(), `${key}.zh`).not.toBe("");
      expect(text.en.trim(), `${key}.en`).not.toBe("");
    }
  });

  it("writes the Chinese in Chinese and the English in English", () => {
    const han = /\p{Script=Han}/u;
    const words = (s: string) => s.replace(/\{\w+\}/g, "");
    for (const [key, text] of entries) {
      // Text that is only placeholders and punctuation has no language; a name (公开, English) is its own.
      if (!/\p{L}/u.test(words(text.zh)) || key === "siteName" || key === "switchLanguage") continue;
      expect(han.test(words(text.zh)), `${key}.zh is in Chinese`).toBe(true);
    }
    expect(han.test(MESSAGES.homeTitle.en)).toBe(false);
    expect(han.test(MESSAGES.searchTitle.en)).toBe(false);
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, text] of entries) expect(placeholders(text.en), key).toEqual(placeholders(text.zh));
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("zh", "searchCount", { n: 3 })).toBe("共找到 3 篇报告");
    expect(t("en", "searchCount", { n: 3 })).toBe("3 reports found");
    expect(t("en", "pageOf", { page: 2 })).toBe("Page 2 of {pages}");
  });

  it("has no key that no page uses", () => {
    const root = new URL("..", import.meta.url).pathname;
    const sources = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith("messages.ts") && !f.includes(".test."))
      .map((f) => readFileSync(join(root, f), "utf8"))
      .join("\n");
    // Keys built from a prefix (`matchedIn_${where}`) count as used when the prefix is.
    const prefixes = [...sources.matchAll(/`(\w+_)\$\{/g)].map((m) => m[1] ?? "");
    const unused = entries
      .map(([key]) => key)
      .filter((key) => !sources.includes(`"${key}"`) && !prefixes.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
