import { UserError } from "../errors.js";
import type { Store, UnitOfWork } from "../ports.js";

/** How much work one command may do, in milliseconds, unless the caller says otherwise. */
export const COMMAND_BUDGET_MS = 250;

/** A command went over its budget: refused, rolled back, and told as such. */
export class BudgetExceeded extends UserError {
  constructor(readonly limitMs: number) {
    super("input.budget_exceeded", { ms: limitMs });
    this.name = "BudgetExceeded";
  }
}

export function isBudgetExceeded(error: unknown): error is BudgetExceeded {
  return error instanceof BudgetExceeded;
}

/**
 * One command's allowance of work time. It runs while the command works (reading its text, and
 * inside its transaction) and stops while it waits for a database connection, so commands queued
 * behind others are not refused for the wait. Enforced cooperatively: `check()` before every
 * repository call (see {@link budgetedWork}) and a statement timeout on the transaction; the
 * loops that could run long on their own (recurrences, cadences, input) are bounded by count.
 *
 * `now` is the meter of work. Jura passes the CPU time of its thread (see app/jura.ts), which an
 * embedded database's queries are part of and which a busy machine does not inflate: wall time
 * on a loaded 2-core machine refused ordinary commands. The default is wall time.
 */
export class CommandBudget {
  private spentMs = 0;
  private since: number | undefined;
  private boundSpentMs = 0;
  private boundSince: number | undefined;

  /**
   * `bound`, when given, is a cheap clock that runs at least as fast as `now` (wall time, for a
   * meter of this thread's CPU time): while the work it measures is within the limit, so is the
   * work `now` measures, and `check()` need not read the dearer meter.
   */
  constructor(
    readonly limitMs: number = COMMAND_BUDGET_MS,
    private readonly now: () => number = () => performance.now(),
    private readonly bound?: () => number,
  ) {
    this.since = this.now();
    this.boundSince = this.bound?.();
  }

  /** Time worked so far. */
  spent(): number {
    return this.spentMs + (this.since === undefined ? 0 : this.now() - this.since);
  }

  remainingMs(): number {
    return Math.max(0, this.limitMs - this.spent());
  }

  /** Throws BudgetExceeded once the work has gone over the limit. */
  check(): void {
    if (this.bound && this.boundSpent(this.bound) <= this.limitMs) return;
    if (this.spent() > this.limitMs) throw new BudgetExceeded(this.limitMs);
  }

  pause(): void {
    if (this.since === undefined) return;
    this.spentMs += this.now() - this.since;
    this.since = undefined;
    if (this.bound && this.boundSince !== undefined) this.boundSpentMs += this.bound() - this.boundSince;
    this.boundSince = undefined;
  }

  resume(): void {
    this.since ??= this.now();
    this.boundSince ??= this.bound?.();
  }

  private boundSpent(bound: () => number): number {
    return this.boundSpentMs + (this.boundSince === undefined ? 0 : bound() - this.boundSince);
  }
}

/**
 * The unit of work a command runs in, under its budget: the meter stops while waiting for the
 * transaction, every repository call first checks the budget, and no statement may take longer
 * than the whole budget (PostgreSQL's statement_timeout, in wall time: it also ends a lock wait),
 * so a command over budget stops at its next step and its transaction rolls back.
 */
export function budgetedWork(uow: UnitOfWork, budget: CommandBudget): UnitOfWork {
  return {
    run(work, options) {
      budget.check();
      budget.pause();
      return uow.run(
        async (store) => {
          budget.resume();
          try {
            return await work(budgetedStore(store, budget));
          } finally {
            budget.pause();
          }
        },
        {
          ...options,
          statementTimeoutMs: budget.limitMs,
          budgetMs: budget.limitMs,
          ...(options?.meanwhile ? { meanwhile: metered(budget, options.meanwhile) } : {}),
        },
      );
    },
  };
}

/** `work`, counted in the budget while it runs. */
function metered(budget: CommandBudget, work: () => void): () => void {
  return () => {
    budget.resume();
    try {
      work();
    } finally {
      budget.pause();
    }
  };
}

/** The store, with every repository method checking the budget before it runs. */
export function budgetedStore(store: Store, budget: CommandBudget): Store {
  const repos = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, key) {
      // The store itself, not this proxy, is `this` for its lazily made repositories.
      const repo: unknown = Reflect.get(target, key);
      if (typeof repo !== "object" || repo === null) return repo;
      let wrapped = repos.get(key);
      if (wrapped === undefined) {
        wrapped = new Proxy(repo, {
          get(methods, name, inner) {
            const method: unknown = Reflect.get(methods, name, inner);
            if (typeof method !== "function") return method;
            return (...args: unknown[]) => {
              budget.check();
              return method.apply(methods, args);
            };
          },
        });
        repos.set(key, wrapped);
      }
      return wrapped;
    },
  });
}
