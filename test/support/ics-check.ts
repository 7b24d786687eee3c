import ICAL from "ical.js";
import { DateTime } from "luxon";

/**
 * Checks an iCalendar text against what RFC 5545 asks of Jura's feeds, with ical.js as the
 * parser: it must parse; lines end in CRLF and fold at 75 octets; VCALENDAR has VERSION 2.0 and
 * PRODID; every VEVENT has UID, a DTSTAMP in UTC and a DTSTART; every TZID a property names has
 * a VTIMEZONE (3.2.19) with STANDARD/DAYLIGHT rules; and each event's start, read through that
 * VTIMEZONE by ical.js, is the instant the IANA zone gives (so the block is not just present but
 * right). Returns the problems found, empty when the text is valid.
 */
export function icsProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split("\r\n");
  if (lines.at(-1) !== "") problems.push("the text does not end with CRLF");
  lines.forEach((line, i) => {
    if (line.includes("\n") || line.includes("\r")) problems.push(`line ${i + 1} has a bare LF or CR`);
    if (Buffer.byteLength(line) > 75) problems.push(`line ${i + 1} is longer than 75 octets`);
  });
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return [...problems, `ical.js cannot parse it: ${(error as Error).message}`];
  }
  if (calendar.name !== "vcalendar") problems.push(`the root is ${calendar.name}, not VCALENDAR`);
  if (calendar.getFirstPropertyValue("version") !== "2.0") problems.push("VERSION is not 2.0");
  if (!calendar.getFirstPropertyValue("prodid")) problems.push("PRODID is missing");
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = String(vtimezone.getFirstPropertyValue("tzid") ?? "");
    const rules = [
      ...vtimezone.getAllSubcomponents("standard"),
      ...vtimezone.getAllSubcomponents("daylight"),
    ];
    if (!tzid) problems.push("a VTIMEZONE has no TZID");
    if (rules.length === 0) problems.push(`VTIMEZONE ${tzid} has neither STANDARD nor DAYLIGHT`);
    for (const rule of rules) {
      for (const prop of ["dtstart", "tzoffsetfrom", "tzoffsetto"])
        if (!rule.hasProperty(prop)) problems.push(`VTIMEZONE ${tzid}: a rule lacks ${prop.toUpperCase()}`);
    }
    zones.set(tzid, new ICAL.Timezone({ component: vtimezone, tzid }));
  }
  const walk = (component: ICAL.Component) => {
    for (const prop of component.getAllProperties()) {
      const tzid = prop.getParameter("tzid");
      if (typeof tzid === "string" && !zones.has(tzid))
        problems.push(`${prop.name.toUpperCase()} names TZID=${tzid} but there is no VTIMEZONE for it`);
    }
    for (const child of component.getAllSubcomponents()) if (child.name !== "vtimezone") walk(child);
  };
  walk(calendar);
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const uid = String(vevent.getFirstPropertyValue("uid") ?? "");
    if (!uid) problems.push("a VEVENT has no UID");
    const stamp = vevent.getFirstProperty("dtstamp");
    if (!stamp) problems.push(`VEVENT ${uid} has no DTSTAMP`);
    else if (!/\nDTSTAMP:\d{8}T\d{6}Z\r/.test(`\n${vevent.toString()}\r`))
      problems.push(`VEVENT ${uid}: DTSTAMP is not in UTC`);
    const start = vevent.getFirstProperty("dtstart");
    if (!start) {
      problems.push(`VEVENT ${uid} has no DTSTART`);
      continue;
    }
    const tzid = start.getParameter("tzid");
    const zone = typeof tzid === "string" ? zones.get(tzid) : undefined;
    if (typeof tzid !== "string" || !zone) continue;
    const local = start.getFirstValue() as ICAL.Time;
    const viaVtimezone = local.clone();
    viaVtimezone.zone = zone;
    const seconds = viaVtimezone.toUnixTime();
    const viaIana = DateTime.fromObject(
      { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute },
      { zone: tzid },
    ).toSeconds();
    if (seconds !== viaIana)
      problems.push(
        `VEVENT ${uid}: its VTIMEZONE puts the start ${seconds - viaIana} s off the zone's rules`,
      );
  }
  return problems;
}
