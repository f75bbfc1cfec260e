import { describe, expect, it } from "vitest";
import { formatDateTime, fromShanghaiLocal, toShanghaiLocal } from "./time";

describe("times in Beijing time", () => {
  it("shows an instant in Asia/Shanghai whatever the machine's zone", () => {
    expect(formatDateTime("2024-03-05T18:30:00Z", "zh")).toBe("2024年3月6日 02:30");
  });

  it("reads and writes the schedule field as Beijing time", () => {
    expect(toShanghaiLocal("2024-03-05T06:30:00Z")).toBe("2024-03-05T14:30");
    expect(fromShanghaiLocal("2024-03-05T14:30")).toBe("2024-03-05T14:30:00+08:00");
    expect(new Date(fromShanghaiLocal("2024-03-05T14:30") ?? "").toISOString()).toBe(
      "2024-03-05T06:30:00.000Z",
    );
    expect(fromShanghaiLocal("2024-03-05")).toBeNull();
  });
});
