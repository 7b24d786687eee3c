import { describe, expect, it } from "vitest";
import { Semaphore } from "../../src/jobs/semaphore.js";

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A task that starts, records so, and finishes when told to. */
function gate(log: string[], name: string) {
  let open: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    task: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    open: () => open(),
  };
}

describe("Semaphore", () => {
  it("GIVEN two slots and three tasks THEN the third starts only when one of the first two ends", async () => {
    const log: string[] = [];
    const sem = new Semaphore(2);
    const [a, b, c] = ["a", "b", "c"].map((n) => gate(log, n));
    const results = [a, b, c].map((g) => sem.use(g?.task ?? (async () => "")));
    await tick();
    expect(log).toEqual(["start a", "start b"]);
    b?.open();
    await tick();
    expect(log).toEqual(["start a", "start b", "end b", "start c"]);
    a?.open();
    c?.open();
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
  });

  it("GIVEN one slot THEN tasks run one after another in the order they asked, even when one fails", async () => {
    const log: string[] = [];
    const sem = new Semaphore(1);
    const failing = sem.use(async () => {
      log.push("fail");
      throw new Error("boom");
    });
    const later = [1, 2, 3].map((n) =>
      sem.use(async () => {
        log.push(`run ${n}`);
        await tick();
        return n;
      }),
    );
    await expect(failing).rejects.toThrow("boom");
    expect(await Promise.all(later)).toEqual([1, 2, 3]);
    expect(log).toEqual(["fail", "run 1", "run 2", "run 3"]);
  });

  it("GIVEN no slots THEN it refuses to exist", () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
