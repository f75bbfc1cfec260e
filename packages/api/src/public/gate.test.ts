import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { Gate } from "./gate";

/** A task that finishes when told to, recording when it started. */
function controlled(log: string[], name: string) {
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    task: async () => {
      log.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("Gate", () => {
  it("runs at most its limit at once and the rest in the order they came", async () => {
    const gate = new Gate(2);
    const started: string[] = [];
    const tasks = ["a", "b", "c", "d", "e"].map((n) => controlled(started, n));
    const results = tasks.map((t) => gate.run(t.task));
    await settle();
    expect(started).toEqual(["a", "b"]);
    tasks[1]?.finish();
    await settle();
    expect(started).toEqual(["a", "b", "c"]);
    // A task arriving now waits behind d and e even though a place is about to free up.
    const late = controlled(started, "late");
    const lateResult = gate.run(late.task);
    tasks[0]?.finish();
    await settle();
    expect(started).toEqual(["a", "b", "c", "d"]);
    for (const t of tasks) t.finish();
    late.finish();
    expect(await Promise.all([...results, lateResult])).toEqual(["a", "b", "c", "d", "e", "late"]);
    expect(started).toEqual(["a", "b", "c", "d", "e", "late"]);
  });

  it("refuses a task at once with UNAVAILABLE and a retry estimate when its queue is full", async () => {
    const gate = new Gate(1, 1);
    const started: string[] = [];
    const first = controlled(started, "first");
    const second = controlled(started, "second");
    const running = gate.run(first.task);
    const waiting = gate.run(second.task);
    const refused = await gate.run(async () => "third").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("UNAVAILABLE");
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).details).toMatchObject({ reason: "search_queue_full" });
    first.finish();
    second.finish();
    expect(await Promise.all([running, waiting])).toEqual(["first", "second"]);
    // Once the queue has drained, tasks are taken again.
    expect(await gate.run(async () => "fourth")).toBe("fourth");
  });

  it("frees its place when a task fails", async () => {
    const gate = new Gate(1);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
  });
});
