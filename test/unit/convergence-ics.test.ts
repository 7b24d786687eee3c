import { describe, expect, it } from "vitest";
import { convergenceCalendar, vtimezone } from "../../src/core/convergence-ics.js";
import type { Federation } from "../../src/core/model.js";
import type { Convergence } from "../../src/core/ports.js";
import { icsProblems } from "../support/ics-check.js";

const federation = { id: 7, name: "Jura Libre", timezone: "Europe/Zurich" } as Federation;

function convergence(
  id: number,
  timezone: string,
  dtstart: string,
  rrule: string | null = null,
): Convergence {
  return {
    id,
    federationId: 7,
    title: `Assembly ${id}`,
    cadence: null,
    rrule,
    timezone,
    dtstart: new Date(dtstart),
    durationMinutes: 180,
    location: "Saint-Imier",
    agenda: "budget; stories; a long agenda line that needs folding at seventy-five octets in every client",
    remindMinutes: "",
    tellStory: false,
    nextAt: null,
    nextDueAt: null,
    createdBy: "shell:ana",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    creatorCircleId: null,
    cancelledAt: null,
  };
}

describe("the convergence iCalendar feed", () => {
  it("GIVEN convergences in four zones (DST, no DST, half-hour DST, +05:30) THEN the feed is valid RFC 5545: a VTIMEZONE per TZID, DTSTAMP in UTC, starts right", () => {
    const text = convergenceCalendar(
      federation,
      [
        convergence(1, "Europe/Zurich", "2026-07-04T08:00:00Z", "FREQ=MONTHLY;BYDAY=1SA"),
        convergence(2, "America/Sao_Paulo", "2026-04-04T13:00:00Z"),
        convergence(3, "Australia/Lord_Howe", "2026-12-05T00:00:00Z", "FREQ=YEARLY"),
        convergence(4, "Asia/Kolkata", "2026-02-01T04:30:00Z"),
      ],
      new Date("2026-03-01T10:00:00Z"),
    );
    expect(icsProblems(text)).toEqual([]);
    for (const zone of ["Europe/Zurich", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata"])
      expect(text).toContain(`TZID:${zone}\r\n`);
    expect(text).toContain("DTSTAMP:20260301T100000Z\r\n");
    expect(text).toContain("DTSTART;TZID=Europe/Zurich:20260704T100000\r\n");
    expect(text).toContain("X-WR-TIMEZONE:Europe/Zurich\r\n");
  });

  it("GIVEN the checker THEN it catches what the old feed did wrong: a TZID without VTIMEZONE, a local DTSTAMP", () => {
    const valid = convergenceCalendar(
      federation,
      [convergence(1, "Europe/Zurich", "2026-07-04T08:00:00Z")],
      new Date("2026-03-01T10:00:00Z"),
    );
    const withoutBlock = valid.replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r\n/, "");
    expect(icsProblems(withoutBlock).join("\n")).toContain("no VTIMEZONE for it");
    const localStamp = valid.replace("DTSTAMP:20260301T100000Z", "DTSTAMP:20260301T100000");
    expect(icsProblems(localStamp).join("\n")).toContain("DTSTAMP is not in UTC");
    const wrongRules = valid.replace("TZOFFSETTO:+0200", "TZOFFSETTO:+0300");
    expect(icsProblems(wrongRules).join("\n")).toContain("off the zone's rules");
  });

  it("knows a VTIMEZONE for every zone people can pick, or says so", () => {
    expect(vtimezone("Europe/Paris")).toContain("TZID:Europe/Paris");
    expect(vtimezone("Mars/Olympus")).toBeNull();
  });
});
