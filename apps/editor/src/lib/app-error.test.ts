import { describe, expect, it } from "vitest";
import { type AppErrorInfo, fieldMessage } from "./app-error";

// A field of a VALIDATION error as the server sends it (packages/api `validationError`).
const field: AppErrorInfo["fields"][number] = {
  path: "title",
  message: "Too small: expected string to have >=1 characters",
  localized: {
    zh: "数值过小：期望 string >=1 字符",
    en: "Too small: expected string to have >=1 characters",
  },
};

describe("a failing field's message", () => {
  it("is shown in Chinese in the Chinese interface and in English in the English one", () => {
    expect(fieldMessage(field, "zh")).toBe("数值过小：期望 string >=1 字符");
    expect(fieldMessage(field, "en")).toBe("Too small: expected string to have >=1 characters");
  });

  it("falls back to the one message a field without translations has", () => {
    const plain = { path: "documentIndex", message: "no such document in the import" };
    expect(fieldMessage(plain, "zh")).toBe("no such document in the import");
  });
});
