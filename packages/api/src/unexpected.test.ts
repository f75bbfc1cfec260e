import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { toAppError } from "./unexpected";

const failure = (code: string, message = "failed") => Object.assign(new Error(message), { code });

describe("an unplanned error", () => {
  it("is UNAVAILABLE (503) when the database cannot serve for now, wherever it sits in the causes", () => {
    for (const e of [
      failure("ECONNREFUSED"),
      failure("57P01", "terminating connection due to administrator command"),
      failure("08006"),
      failure("53100", 'could not extend file "base/5/1": No space left on device'),
      failure("53300", "sorry, too many clients already"),
      new Error("Client has encountered a connection error and is not queryable"),
      new Error("Failed query: select 1", { cause: failure("57P03", "the database system is starting up") }),
    ]) {
      const app = toAppError(e);
      expect(app.code, String(e)).toBe("UNAVAILABLE");
      expect(app.status).toBe(503);
    }
  });

  it("is INTERNAL (500) otherwise, and an AppError stays itself", () => {
    expect(toAppError(failure("42P01", 'relation "x" does not exist')).code).toBe("INTERNAL");
    expect(toAppError(failure("530")).code).toBe("INTERNAL");
    expect(toAppError(new TypeError("x is undefined")).code).toBe("INTERNAL");
    const known = new AppError("NOT_FOUND");
    expect(toAppError(known)).toBe(known);
  });
});
