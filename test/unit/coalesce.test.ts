import { describe, expect, it } from "vitest";
import { coalesce } from "../../src/jobs/coalesce.js";

/** A batch operation that records its batches and answers when told to. */
function controlled() {
  const batches: number[][] = [];
  const pending: Array<() => void> = [];
  const run = (inputs: number[]) => {
    batches.push(inputs);
    return new Promise<number[]>((resolve) => pending.push(() => resolve(inputs.map((n) => n * 10))));
  };
  const answer = async () => {
    pending.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { batches, run, answer };
}

describe("coalesce", () => {
  it("GIVEN one call while idle THEN it goes out at once, alone", async () => {
    const { batches, run, answer } = controlled();
    const call = coalesce(run);
    const result = call(1);
    expect(batches).toEqual([[1]]);
    await answer();
    expect(await result).toBe(10);
  });

  it("GIVEN calls made while a batch is in flight THEN they go together in the next batch, each getting its own answer", async () => {
    const { batches, run, answer } = controlled();
    const call = coalesce(run);
    const results = [1, 2, 3, 4].map((n) => call(n));
    expect(batches).toEqual([[1]]);
    await answer();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    await answer();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40]);
  });

  it("GIVEN more waiting calls than a batch holds THEN they are split into batches of at most that size", async () => {
    const { batches, run, answer } = controlled();
    const call = coalesce(run, { maxBatch: 2 });
    const results = [1, 2, 3, 4, 5].map((n) => call(n));
    for (let i = 0; i < 3; i++) await answer();
    expect(batches).toEqual([[1], [2, 3], [4, 5]]);
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50]);
  });

  it("GIVEN a batch that fails THEN each of its calls fails and later calls still run", async () => {
    let fail = true;
    const call = coalesce(async (inputs: number[]) => {
      if (fail) throw new Error("database gone");
      return inputs;
    });
    const failing = [call(1), call(2)];
    await expect(failing[0]).rejects.toThrow("database gone");
    await expect(failing[1]).rejects.toThrow("database gone");
    fail = false;
    expect(await call(3)).toBe(3);
  });
});
