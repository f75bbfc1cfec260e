import { describe, expect, it } from "vitest";
import { shanghaiDate, shanghaiDateTime } from "./time";

describe("Shanghai times", () => {
  it("writes an instant in Asia/Shanghai with its +08:00 offset, crossing midnight and the year", () => {
    expect(shanghaiDateTime("2024-01-19T18:30:00.000Z")).toBe("2024-01-20T02:30:00+08:00");
    expect(shanghaiDateTime(new Date("2023-12-31T16:00:00Z"))).toBe("2024-01-01T00:00:00+08:00");
    expect(new Date(shanghaiDateTime("2025-06-30T23:59:59.999Z")).getTime()).toBe(
      new Date("2025-06-30T23:59:59Z").getTime(),
    );
  });

  it("gives the Shanghai calendar date of an instant", () => {
    expect(shanghaiDate(new Date("2024-01-19T18:30:00Z"))).toBe("2024-01-20");
  });

  it("refuses something that is not an instant", () => {
    expect(() => shanghaiDateTime("yesterday")).toThrow(RangeError);
  });
});
