import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirError, dataDirErrorOf, freeBytes, prepareDataDir } from "./data-dir";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the data folder's health at start", () => {
  it("names each file-system failure in Chinese and English, from Node's codes and PGlite's errno numbers", () => {
    const nodeFull = dataDirErrorOf(Object.assign(new Error("write"), { code: "ENOSPC" }), "/srv/data");
    expect(nodeFull?.problem).toBe("no_space");
    expect(nodeFull?.message).toMatch(/磁盘空间不足.*is full/);
    expect(nodeFull?.message).toContain("/srv/data");
    // Emscripten's ErrnoError as PGlite throws it: 2 is EACCES, 51 ENOSPC, 69 EROFS there.
    const errno = (n: number) => Object.assign(new Error(""), { name: "ErrnoError", errno: n });
    expect(dataDirErrorOf(errno(2), "/d")?.problem).toBe("not_writable");
    expect(dataDirErrorOf(errno(51), "/d")?.problem).toBe("no_space");
    expect(dataDirErrorOf(errno(69), "/d")?.problem).toBe("read_only");
    expect(dataDirErrorOf(Object.assign(new Error("open"), { code: "EACCES" }), "/d")?.message).toMatch(
      /无权写入.*not writable/,
    );
    // PostgreSQL's own words when a relation cannot grow.
    expect(
      dataDirErrorOf(new Error('could not extend file "base/5/16384": No space left on device'), "/d")
        ?.problem,
    ).toBe("no_space");
    expect(dataDirErrorOf(new Error("syntax error"), "/d")).toBeNull();
    expect(dataDirErrorOf(Object.assign(new Error("x"), { name: "ErrnoError", errno: 44 }), "/d")).toBeNull();
  });

  it("refuses a folder on a disk with less free space than the store needs, saying how much there is", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongkai-datadir-"));
    dirs.push(dir);
    const free = freeBytes(dir);
    expect(free).toBeGreaterThan(0);
    expect(() => prepareDataDir(join(dir, "data"), free + 1024 ** 3)).toThrow(DataDirError);
    expect(() => prepareDataDir(join(dir, "data"), free + 1024 ** 3)).toThrow(/MB free/);
    expect(() => prepareDataDir(join(dir, "data"), 1)).not.toThrow();
  });
});
