import ICAL from "ical.js";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { backends } from "../support/databases.js";
import { DAY } from "../support/due.js";
import { federationPerTest } from "../support/federation-per-test.js";
import { icsProblems } from "../support/ics-check.js";

describe.each(backends())("convergences on $name", (backend) => {
  /** A federation of its own per test, announcing in #f<n>, with one circle of two. */
  const t = federationPerTest(backend, {
    name: "Fed",
    announceIn: "f",
    circleIn: "c",
    circleName: "Circle",
    alsoMembers: ["ben"],
  });
  const schedule = (args: string) =>
    t.h.ok("ana", `#c${t.n}`, `convergence schedule ${args} federation:${t.fed}`);

  it("GIVEN a quarterly convergence WHEN a year passes THEN 4 assemblies, each with its 3 reminders, once each, at 10:00 Paris time across DST", async () => {
    const reply = await schedule(
      'Seasonal assembly every:"every 3 months on saturday 10:00" duration:3h where:"Saint-Imier" from:2026-03-01',
    );
    expect(reply).toContain("2026-03-07 10:00 (Europe/Paris) until 13:00 · Saint-Imier");
    const sent = await t.tick(365 * DAY);
    const starts = sent.filter((m) => m.key.endsWith(":start"));
    const reminders = sent.filter((m) => m.key.includes(":remind:"));
    expect(starts.map((m) => m.text.match(/— ([\d-]+ [\d:]+)/)?.[1])).toEqual([
      "2026-03-07 10:00",
      "2026-06-06 10:00",
      "2026-09-05 10:00",
      "2026-12-05 10:00",
    ]);
    // Winter 09:00Z, summer 08:00Z: the same local hour on both sides of each DST change.
    expect(starts.map((m) => m.key.split(":start")[0]?.slice(-24, -11))).toEqual([
      "2026-03-07T09",
      "2026-06-06T08",
      "2026-09-05T08",
      "2026-12-05T09",
    ]);
    expect(reminders).toHaveLength(12);
    for (const start of starts) {
      const prefix = start.key.replace(/:start$/, "");
      expect(
        reminders.filter((r) => r.key.startsWith(prefix)).map((r) => r.key.split(":remind:")[1]),
      ).toEqual(["7d", "1d", "1h"]);
    }
    expect(new Set(sent.map((m) => m.key)).size).toBe(sent.length);
    expect(reminders[0]?.text).toContain("is in 7 days");
    expect(await t.tick(0)).toEqual([]);
  });

  it("takes RSVPs from members only, the latest answer counting, and stops reminding once cancelled", async () => {
    await schedule('Congress at:"2026-02-01T14:00" remind:1d');
    const id = await lastId();
    expect(await t.h.ok("ben", `#c${t.n}`, `convergence rsvp ${id} maybe`)).toContain("0 coming, 1 maybe");
    expect(await t.h.ok("ben", `#c${t.n}`, `convergence rsvp ${id} yes`)).toContain("1 coming, 0 maybe");
    expect(await t.h.fails("zed", "#x", `convergence rsvp ${id} yes`)).toContain(
      `Only members of a circle in “${t.fed}”`,
    );
    expect(await t.h.ok("zed", "#x", `convergence show ${id}`)).toContain(
      "Coming on 2026-02-01 14:00 (Europe/Paris): @ben",
    );
    expect(await t.h.ok("ben", `#c${t.n}`, `convergence cancel ${id}`)).toContain("cancelled");
    const told = await t.database.db
      .selectFrom("outbox")
      .select("text")
      .where("place", "=", `shell:#f${t.n}`)
      .execute();
    expect(told.map((m) => m.text)).toContain(
      `Convergence #${id} “Congress” is cancelled, by the circle that scheduled it.`,
    );
    expect(await t.tick(60 * DAY)).toEqual([]);
    expect(await t.h.ok("ana", `#c${t.n}`, `convergence list ${t.fed}`)).toContain("no convergences yet");
  });

  it("GIVEN a monthly assembly THEN its reminders reach the circles' rooms too, unless a circle keeps them out, and each assembly is answered anew", async () => {
    await schedule('Assembly every:"monthly on saturday 10:00" remind:1d');
    const id = await lastId();
    await t.h.ok("ben", `#c${t.n}`, `convergence rsvp ${id} yes`);
    const first = await t.tick(35 * DAY);
    const all = await t.database.db
      .selectFrom("outbox")
      .select(["key", "place"])
      .where("key", "like", `convergence:${id}:%`)
      .execute();
    const reminded = (place: string) =>
      all.filter((m) => m.key.includes(":remind:") && m.place === place).length;
    expect(reminded(`shell:#f${t.n}`)).toBeGreaterThan(0);
    expect(reminded(`shell:#c${t.n}`)).toBe(reminded(`shell:#f${t.n}`));
    expect(first.filter((m) => m.key.includes(":remind:")).length).toBe(reminded(`shell:#f${t.n}`));
    // The first assembly is past: ben's yes was for it, not for the next one.
    expect(await t.h.ok("zed", "#x", `convergence show ${id}`)).toMatch(/Coming on [^:]+:\d\d[^:]*: — ·/);
    // The circle keeps convergence news out of its room.
    await t.h.passes("ana", `#c${t.n}`, "circle set quiet:convergences", ["ben"]);
    const before = reminded(`shell:#c${t.n}`);
    await t.tick(35 * DAY);
    const after = await t.database.db
      .selectFrom("outbox")
      .select(["key", "place"])
      .where("key", "like", `convergence:${id}:%:remind:%`)
      .execute();
    expect(after.filter((m) => m.place === `shell:#c${t.n}`)).toHaveLength(before);
    expect(after.filter((m) => m.place === `shell:#f${t.n}`).length).toBeGreaterThan(before);
  });

  it("the ICS feed parses back and matches the schedule: RRULE, TZID and local times", async () => {
    await schedule(
      'Seasonal assembly every:"every 3 months on saturday 10:00" duration:3h where:"Saint-Imier" from:2026-03-01 agenda:"budget; stories"',
    );
    await schedule(
      'Storytelling evening at:"2026-04-18T19:30" duration:90m where:"https://meet.example/jura"',
    );
    const text = await t.h.ok("zed", "#x", `convergence ics ${t.fed}`);
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(icsProblems(text)).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(["Seasonal assembly", "Storytelling evening"]);
    const [assembly, evening] = events;
    if (!assembly || !evening) throw new Error("two events expected");
    expect(assembly.location).toBe("Saint-Imier");
    expect(assembly.description).toBe("budget; stories");
    expect(assembly.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Paris");
    expect(assembly.component.getFirstPropertyValue("rrule")?.toString()).toContain("FREQ=MONTHLY");
    const iterator = assembly.iterator();
    const local: string[] = [];
    for (let next = iterator.next(); next && local.length < 4; next = iterator.next())
      local.push(
        `${next.year}-${String(next.month).padStart(2, "0")}-${String(next.day).padStart(2, "0")} ${next.hour}:${String(next.minute).padStart(2, "0")}`,
      );
    expect(local).toEqual(["2026-03-07 10:00", "2026-06-06 10:00", "2026-09-05 10:00", "2026-12-05 10:00"]);
    expect(assembly.duration.toSeconds()).toBe(3 * 3600);
    expect(evening.isRecurring()).toBe(false);
    expect(evening.startDate.toString()).toContain("2026-04-18T19:30");
    expect(evening.duration.toSeconds()).toBe(90 * 60);
    // The same starts Jura announces: check against the reminders' clock.
    const sent = await t.tick(100 * DAY);
    const first = sent.find((m) => m.key.endsWith(":start"));
    expect(first?.key).toContain(
      DateTime.fromISO("2026-03-07T10:00", { zone: "Europe/Paris" }).toUTC().toISO(),
    );
  });

  it("refuses dates in the past, impossible rules, unknown timezones and bad reminders, clearly", async () => {
    expect(
      await t.h.fails("ana", `#c${t.n}`, `convergence schedule X at:2025-12-01T10:00 federation:${t.fed}`),
    ).toContain("is in the past");
    expect(
      await t.h.fails(
        "ana",
        `#c${t.n}`,
        `convergence schedule X every:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 federation:${t.fed}`,
      ),
    ).toContain("never falls");
    expect(
      await t.h.fails(
        "ana",
        `#c${t.n}`,
        `convergence schedule X every:"every blue moon" federation:${t.fed}`,
      ),
    ).toContain("every:");
    expect(
      await t.h.fails(
        "ana",
        `#c${t.n}`,
        `convergence schedule X every:yearly tz:Mars/Olympus federation:${t.fed}`,
      ),
    ).toMatch(/tz/i);
    expect(
      await t.h.fails("ana", `#c${t.n}`, `convergence schedule X every:yearly remind:7x federation:${t.fed}`),
    ).toContain("remind:");
    expect(
      await t.h.fails(
        "ana",
        `#c${t.n}`,
        `convergence schedule X every:yearly from:2020-01-01 federation:${t.fed}`,
      ),
    ).toContain("in the past");
    expect(await t.h.fails("ana", `#c${t.n}`, `convergence schedule X federation:${t.fed}`)).toContain(
      "every:<cadence>",
    );
    expect(await t.h.fails("zed", "#x", `convergence schedule X every:yearly federation:${t.fed}`)).toContain(
      "Only members of a circle",
    );
  });

  async function lastId(): Promise<number> {
    const row = await t.database.db
      .selectFrom("convergence")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }
});
