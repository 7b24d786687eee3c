import { describe, expect, it } from "vitest";
import {
  BudgetExceeded,
  budgetedStore,
  budgetedWork,
  CommandBudget,
} from "../../src/core/commands/budget.js";
import type { Store, UnitOfWork, WorkOptions } from "../../src/core/ports.js";

/** A clock the test moves by hand. */
const manual = () => {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe("a command's budget", () => {
  it("counts work only, not the time it is paused, and refuses past the limit", () => {
    const clock = manual();
    const budget = new CommandBudget(250, clock.now);
    clock.advance(100);
    budget.pause();
    clock.advance(10_000);
    budget.resume();
    expect(budget.spent()).toBe(100);
    expect(budget.remainingMs()).toBe(150);
    budget.check();
    clock.advance(151);
    expect(() => budget.check()).toThrow(BudgetExceeded);
    expect(() => budget.check()).toThrow(
      "That command needed more than 250 ms of work, so I stopped it and changed nothing.",
    );
  });

  it("GIVEN a cheaper clock that bounds the meter THEN checks read the meter only once the bound is over", () => {
    const meter = manual();
    const wall = manual();
    let reads = 0;
    const budget = new CommandBudget(
      250,
      () => {
        reads += 1;
        return meter.now();
      },
      wall.now,
    );
    const atStart = reads;
    wall.advance(200);
    meter.advance(50);
    budget.check();
    expect(reads).toBe(atStart);
    // Waiting counts on neither clock.
    budget.pause();
    wall.advance(10_000);
    budget.resume();
    wall.advance(100); // 300 ms of wall time worked: the meter decides, and says 60 ms
    meter.advance(10);
    budget.check();
    expect(reads).toBeGreaterThan(atStart + 2);
    meter.advance(200);
    expect(() => budget.check()).toThrow(BudgetExceeded);
  });

  it("GIVEN a store under a budget THEN every repository call checks it first", async () => {
    const clock = manual();
    const budget = new CommandBudget(50, clock.now);
    const calls: string[] = [];
    const store = {
      federations: { byId: async (id: number) => calls.push(`byId ${id}`) },
    } as unknown as Store;
    const checked = budgetedStore(store, budget);
    await checked.federations.byId(1);
    clock.advance(60);
    expect(() => checked.federations.byId(2)).toThrow(BudgetExceeded);
    expect(calls).toEqual(["byId 1"]);
  });

  it("GIVEN a unit of work under a budget THEN the wait for it is not counted and statements get the budget", async () => {
    const clock = manual();
    const budget = new CommandBudget(250, clock.now);
    clock.advance(40);
    let given: WorkOptions | undefined;
    const uow: UnitOfWork = {
      run: async (work, options) => {
        given = options;
        clock.advance(5_000); // waiting for the database connection
        return work({} as Store);
      },
    };
    await budgetedWork(uow, budget).run(async () => {
      clock.advance(10);
      expect(budget.spent()).toBe(50);
    });
    expect(given).toEqual({ statementTimeoutMs: 250, budgetMs: 250 });
  });
});
