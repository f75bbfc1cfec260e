import { describe, expect, it } from "vitest";
import { Gate } from "./gate";

describe("the gate", () => {
  it("runs at most its limit at once, the others in order", async () => {
    const gate = new Gate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        gate.run(async () => {
          running++;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, 5));
          order.push(n);
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it("lets the next task run when one fails", async () => {
    const gate = new Gate(1);
    await expect(gate.run(async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await gate.run(async () => "yes")).toBe("yes");
  });
});
