import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCadence } from "../../src/core/cadence.js";
import { isLiveRule, occurrenceAfter, occurrences } from "../../src/core/recurrence.js";
import { planTerms } from "../../src/core/rotation-plan.js";
import { tally } from "../../src/core/tally.js";

describe("cadence", () => {
  it.each([
    ["weekly", "FREQ=WEEKLY;INTERVAL=1;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["fortnightly", "FREQ=WEEKLY;INTERVAL=2;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["every 2 weeks on monday 18:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=18;BYMINUTE=0;BYSECOND=0"],
    ["Every 2 Weeks on Monday at 6pm", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=18;BYMINUTE=0;BYSECOND=0"],
    ["monthly", "FREQ=MONTHLY;INTERVAL=1;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["every 3 months", "FREQ=MONTHLY;INTERVAL=3;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["quarterly", "FREQ=MONTHLY;INTERVAL=3;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["every other week on tue and thu", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;BYHOUR=9;BYMINUTE=0;BYSECOND=0"],
    ["daily at 9:30", "FREQ=DAILY;INTERVAL=1;BYHOUR=9;BYMINUTE=30;BYSECOND=0"],
    [
      "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
    ],
  ])("reads %j", (text, rrule) => expect(parseCadence(text)).toEqual({ rrule }));

  it.each([
    "sometimes",
    "every 0 weeks",
    "weekly at 25:00",
    "FREQ=HOURLY",
    "FREQ=WEEKLY;INTERVAL=0",
    "FREQ=NOPE",
    "",
  ])("explains what is wrong with %j", (text) => expect(parseCadence(text)).toHaveProperty("problem"));
});

describe("recurrence in a timezone", () => {
  const rule = "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;BYHOUR=18;BYMINUTE=0;BYSECOND=0";
  const start = new Date("2026-03-01T00:00:00Z");

  it("keeps 18:00 local time across the spring DST change", () => {
    const dates = occurrences(rule, start, "Europe/Paris", start, 3).map((d) => d.toISOString());
    expect(dates[0]).toBe("2026-03-02T17:00:00.000Z");
    expect(dates[2]).toBe("2026-03-16T17:00:00.000Z");
    const afterDst = occurrenceAfter(rule, start, "Europe/Paris", new Date("2026-03-29T00:00:00Z"));
    expect(afterDst?.toISOString()).toBe("2026-03-30T16:00:00.000Z");
  });

  it("takes the time of day from the start when the rule has none", () => {
    const monthly = occurrences(
      "FREQ=MONTHLY;INTERVAL=1",
      new Date("2026-01-31T09:00:00Z"),
      "UTC",
      new Date("2026-01-31T09:00:00Z"),
      3,
    );
    expect(monthly.map((d) => d.toISOString())).toEqual([
      "2026-01-31T09:00:00.000Z",
      "2026-03-31T09:00:00.000Z",
      "2026-05-31T09:00:00.000Z",
    ]);
  });

  it("knows a rule that has ended", () => {
    expect(isLiveRule("FREQ=DAILY;COUNT=1", start, "UTC", new Date("2027-01-01T00:00:00Z"))).toBe(false);
    expect(isLiveRule("FREQ=DAILY", start, "UTC", new Date("2027-01-01T00:00:00Z"))).toBe(true);
  });
});

describe("rotation fairness", () => {
  /** Plans from the term after the latest one served, as the scheduler does. */
  const plan = (
    participants: string[],
    overrides: Partial<Parameters<typeof planTerms>[0]> = {},
    count = 12,
  ) => {
    const input = {
      participants,
      lastServed: new Map(),
      swaps: new Map(),
      skips: new Map(),
      isAbsent: () => false,
      ...overrides,
    };
    const from = Math.max(0, ...input.lastServed.values()) + 1;
    return planTerms(input, from, count).map((t) => t.holder);
  };

  it("goes round in the stable order", () => {
    expect(plan(["a", "b", "c"], {}, 7)).toEqual(["a", "b", "c", "a", "b", "c", "a"]);
  });

  it("starts with whoever served least recently", () => {
    expect(
      plan(
        ["a", "b", "c"],
        {
          lastServed: new Map([
            ["a", 5],
            ["c", 2],
          ]),
        },
        3,
      ),
    ).toEqual(["b", "c", "a"]);
  });

  it("honours a swap pinned to a term, then carries on fairly", () => {
    expect(
      plan(
        ["a", "b", "c"],
        {
          swaps: new Map([
            [1, "b"],
            [2, "a"],
          ]),
        },
        6,
      ),
    ).toEqual(["b", "a", "c", "b", "a", "c"]);
  });

  it("passes a skipped or absent person's term to the next and gives it back after", () => {
    expect(plan(["a", "b", "c"], { skips: new Map([[1, new Set(["a"])]]) }, 4)).toEqual(["b", "a", "c", "b"]);
    expect(plan(["a", "b"], { isAbsent: (p, t) => p === "b" && t <= 2 }, 4)).toEqual(["a", "a", "b", "a"]);
    expect(plan(["a"], { isAbsent: () => true }, 1)).toEqual([undefined]);
  });

  it("PROPERTY: with nobody away, everyone serves once before anyone serves twice", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 15 }),
        fc.array(fc.nat(50), { maxLength: 15 }),
        fc.integer({ min: 1, max: 40 }),
        (people, history, count) => {
          const lastServed = new Map(
            people.flatMap((p, i) => (history[i] !== undefined ? [[p, history[i] as number]] : [])),
          );
          const holders = plan(people, { lastServed }, count);
          for (let i = 0; i < holders.length; i += people.length) {
            const round = holders.slice(i, i + people.length);
            expect(new Set(round).size).toBe(round.length);
          }
          const counts = new Map<string, number>();
          for (const h of holders) counts.set(h as string, (counts.get(h as string) ?? 0) + 1);
          const values = people.map((p) => counts.get(p) ?? 0);
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("PROPERTY: swaps never change how often each person serves over the swapped terms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.nat(20), fc.nat(20), (n, x, y) => {
        const people = Array.from({ length: n }, (_, i) => `p${i}`);
        const base = plan(people, {}, 3 * n);
        const tx = (x % (3 * n)) + 1;
        const ty = (y % (3 * n)) + 1;
        const swapped = plan(
          people,
          {
            swaps: new Map([
              [tx, base[ty - 1] as string],
              [ty, base[tx - 1] as string],
            ]),
          },
          3 * n,
        );
        const count = (list: (string | undefined)[]) => people.map((p) => list.filter((h) => h === p).length);
        expect(count(swapped).reduce((a, b) => a + b, 0)).toBe(3 * n);
        expect(swapped[tx - 1]).toBe(base[ty - 1]);
        expect(swapped[ty - 1]).toBe(base[tx - 1]);
      }),
    );
  });
});

describe("poll tally", () => {
  const eligible = new Set(["a", "b", "c", "d"]);
  const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));

  it("counts each eligible voter's latest choice only, and ignores outsiders", () => {
    const result = tally({
      options: ["yes", "no"],
      eligible,
      ballots: [
        { voter: "a", choice: 1, at: at(1) },
        { voter: "a", choice: 0, at: at(2) },
        { voter: "b", choice: 0, at: at(1) },
        { voter: "mallory", choice: 1, at: at(1) },
        { voter: "c", choice: 1, at: at(3) },
      ],
      quorum: 0.5,
      threshold: 0.5,
    });
    expect(result).toMatchObject({
      counts: [2, 1],
      cast: 3,
      eligible: 4,
      turnout: 0.75,
      quorumMet: true,
      winner: 0,
    });
  });

  it("has no winner below quorum, at exactly the threshold, or on a tie", () => {
    const base = { options: ["yes", "no"], eligible, quorum: 0.5, threshold: 0.5 };
    expect(tally({ ...base, ballots: [{ voter: "a", choice: 0, at: at(1) }] }).winner).toBeUndefined();
    const tie = [
      { voter: "a", choice: 0, at: at(1) },
      { voter: "b", choice: 1, at: at(1) },
    ];
    expect(tally({ ...base, ballots: tie })).toMatchObject({ quorumMet: true, winner: undefined });
  });

  it("PROPERTY: counts sum to the distinct eligible voters, whatever the ballots", () => {
    const voter = fc.constantFrom("a", "b", "c", "d", "x", "y");
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ voter, choice: fc.integer({ min: -1, max: 3 }), at: fc.date({ noInvalidDate: true }) }),
          {
            maxLength: 40,
          },
        ),
        (ballots) => {
          const result = tally({ options: ["1", "2", "3"], eligible, ballots, quorum: 0.5, threshold: 0.5 });
          const voters = new Set(
            ballots.filter((b) => eligible.has(b.voter) && b.choice >= 0 && b.choice < 3).map((b) => b.voter),
          );
          expect(result.counts.reduce((s, c) => s + c, 0)).toBe(voters.size);
          expect(result.cast).toBe(voters.size);
          if (result.winner !== undefined) {
            expect(result.quorumMet).toBe(true);
            expect((result.counts[result.winner] ?? 0) / result.cast).toBeGreaterThan(0.5);
          }
        },
      ),
    );
  });

  it("PROPERTY: a voter's latest ballot alone decides their contribution", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 10 }), (choices) => {
        const ballots = choices.map((choice, i) => ({ voter: "a", choice, at: at(i) }));
        const result = tally({
          options: ["yes", "no"],
          eligible,
          ballots: [...ballots].reverse(),
          quorum: 0,
          threshold: 0,
        });
        expect(result.counts[choices.at(-1) as number]).toBe(1);
      }),
    );
  });
});
