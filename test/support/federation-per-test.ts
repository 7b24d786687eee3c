import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Backend, TestDatabase } from "./databases.js";
import { advance } from "./due.js";
import { harness } from "./harness.js";

export interface FederationPerTestOptions {
  /** Federation names are this plus the test's number. */
  name: string;
  /** The federation announces in `#<announceIn><n>`. */
  announceIn: string;
  /** The circle lives in `#<circleIn><n>`, named `<circleName> <n>`. */
  circleIn: string;
  circleName: string;
  /** Who joins the circle besides ana, who founds it and the federation, and bea, who agrees to join it. */
  alsoMembers?: readonly string[];
}

/**
 * For a describe block over `backend`: opens the database once and, before each test, a fresh
 * shell harness at 2026-01-10 09:00 UTC with a federation of the test's own (Europe/Paris) and
 * one circle in it. The returned object always holds the current test's values; `tick` advances
 * the clock and returns what was announced in the federation's place meanwhile.
 */
export function federationPerTest(backend: Backend, opts: FederationPerTestOptions) {
  const t = {
    database: undefined as unknown as TestDatabase,
    h: undefined as unknown as ReturnType<typeof harness>,
    n: 0,
    fed: "",
    tick: async (ms: number) =>
      (await advance(t.database.db, t.h.clock, ms)).filter(
        (m) => m.place === `shell:#${opts.announceIn}${t.n}`,
      ),
  };
  beforeAll(async () => {
    t.database = await backend.open();
  });
  afterAll(() => t.database?.close());
  beforeEach(async () => {
    t.n += 1;
    t.fed = `${opts.name}${t.n}`;
    t.h = harness(t.database.db);
    t.h.clock.current = new Date("2026-01-10T09:00:00Z");
    const circle = `#${opts.circleIn}${t.n}`;
    await t.h.ok("ana", `#${opts.announceIn}${t.n}`, `federation create ${t.fed} tz:Europe/Paris`);
    await t.h.ok("ana", circle, `circle create ${opts.circleName} ${t.n} tz:Europe/Paris open:yes`);
    for (const member of ["bea", ...(opts.alsoMembers ?? [])]) await t.h.ok(member, circle, "circle join");
    await t.h.passes("ana", circle, `federation join ${t.fed}`, ["bea"]);
  });
  return t;
}
