import type { Db } from "../../src/store/db.js";
import { DAY } from "./due.js";
import { harness } from "./harness.js";

/**
 * A federation with a record worth publishing, for the page and export tests: three circles
 * (Green Valley 5 members, Bakery 3, Print Shop 2), a delegate who agreed to be named (@bob) and
 * one who did not (@carol), an open and a closed proposal, a closed secret poll, a rotation,
 * an open aid request with an offer, a convergence that met (with minutes and a decision) and
 * one to come, a story, and someone whose purpose text starts like a spreadsheet formula.
 */
export async function seedFederation(db: Db) {
  const h = harness(db);
  h.clock.current = new Date("2026-03-02T09:00:00Z");
  await h.ok("alice", "#jura", "federation create Jura tz:Europe/Zurich");
  await h.ok(
    "alice",
    "#garden",
    'circle create Green Valley tz:Europe/Zurich open:yes purpose:"Community gardens"',
  );
  for (const p of ["bob", "carol", "dan", "eve"]) await h.ok(p, "#garden", "circle join");
  await h.ok("erin", "#bakery", 'circle create Bakery open:yes purpose:"=HYPERLINK(\\"http://x\\")"');
  for (const p of ["frank", "gina"]) await h.ok(p, "#bakery", "circle join");
  await h.ok("paul", "#print", "circle create Print Shop open:yes");
  await h.ok("quinn", "#print", "circle join");
  await h.passes("alice", "#garden", "federation join Jura", ["bob"]);
  await h.passes("erin", "#bakery", "federation join Jura", ["frank"]);
  await h.passes("paul", "#print", "federation join Jura", ["quinn"]);
  await h.ok("bob", "@bob", "me show-name yes");
  await h.passes("alice", "#garden", "mandate grant @bob speak for us at the assembly until:60d", [
    "bob",
    "carol",
  ]);
  await h.passes("erin", "#bakery", "mandate grant @gina buy flour together until:30d", ["gina"]);
  const met = Number(
    /Convergence #(\d+)/.exec(
      await h.ok(
        "alice",
        "#garden",
        'convergence schedule Winter assembly at:2026-03-14T10:00 duration:3h where:"Saint-Imier" federation:Jura',
      ),
    )?.[1],
  );
  await h.ok(
    "alice",
    "#garden",
    'convergence schedule Seasonal assembly every:"every 3 months on saturday 10:00" duration:3h where:"La Chaux-de-Fonds" from:2026-04-01 federation:Jura',
  );
  const poll = Number(
    /#(\d+)/.exec(await h.ok("alice", "#garden", "poll start Buy a van? secret:yes quorum:10%"))?.[1],
  );
  for (const p of ["carol", "dan"]) await h.ok(p, `@${p}`, `poll vote ${poll} yes`);
  await h.ok("eve", "@eve", `poll vote ${poll} no`);
  await h.ok("alice", "#garden", `poll close ${poll}`);
  const vanDecision = await h.passes("alice", "#garden", "propose we share the van with Bakery", ["dan"]);
  await h.advance(new Date("2026-03-15T09:00:00Z").getTime() - h.clock.now().getTime());
  await h.ok(
    "alice",
    "#garden",
    `convergence minutes ${met} We agreed to share the van. link:https://example.org/minutes decisions:${vanDecision}`,
  );
  const request = Number(
    /Request #(\d+)/.exec(
      await h.ok(
        "alice",
        "#garden",
        "aid request tables for the market amount:3 unit:tables by:14d urgency:high",
      ),
    )?.[1],
  );
  await h.ok("erin", "#bakery", `aid offer ${request} two trestle tables`);
  await h.ok(
    "alice",
    "#garden",
    'story add How we began text:"Twelve people and a barn." founding:yes federation:Jura',
  );
  await h.ok("carol", "#garden", "propose we plant an orchard");
  await h.advance(DAY / 24);
  return { h, met, poll, vanDecision };
}
