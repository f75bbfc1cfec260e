import { describe, expect, it } from "vitest";
import { choiceOf, grantsOf } from "./grants";

describe("editing a user's grants", () => {
  it("reads grants into choices and writes them back", () => {
    const grants = [
      { role: "editor" as const, townshipIds: ["a", "b"] },
      { role: "editor" as const, townshipIds: ["b", "c"] },
      { role: "reviewer" as const, countyId: "x" },
    ];
    const choice = choiceOf(grants);
    expect(choice).toEqual({ admin: false, townshipIds: ["a", "b", "c"], countyIds: ["x"] });
    expect(grantsOf(choice)).toEqual([
      { role: "editor", townshipIds: ["a", "b", "c"] },
      { role: "reviewer", countyId: "x" },
    ]);
  });

  it("gives no editor grant without townships (the schema needs at least one)", () => {
    expect(grantsOf({ admin: true, townshipIds: [], countyIds: [] })).toEqual([{ role: "admin" }]);
  });
});
