import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "./lock";

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), "gongkai-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the data folder lock", () => {
  it("refuses a second opener with a message that says what to do", () => {
    const dir = fresh();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another process .*pid/);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses a lock held by another live process", () => {
    const dir = fresh();
    // pid 1 always runs.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: hostname(), since: "then" }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it("takes over a lock left by a process that died", () => {
    const dir = fresh();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: "then" }),
    );
    const release = lockDataDir(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("never leaves an empty lock behind: the lock appears with its content or not at all", () => {
    const dir = fresh();
    const release = lockDataDir(dir);
    // Only the lock itself: the file it was written to before being linked into place is gone.
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid });
    release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes over an unreadable lock once nobody can still be writing it, and not before", () => {
    const dir = fresh();
    const path = join(dir, LOCK_FILE);
    // What a write that failed on a full disk used to leave: an empty lock, which refused every later start.
    writeFileSync(path, "");
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    const release = lockDataDir(dir);
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("does not take a lock naming process 0 as held by a live process", () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 0, host: hostname(), since: "then" }));
    const release = lockDataDir(dir);
    release();
  });
});
