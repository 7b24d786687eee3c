import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandText } from "../../src/core/i18n.js";
import { type CircleRoom, circleRoom } from "../support/matrix-circle-room.js";
import type { MatrixEvent, MatrixPerson } from "../support/matrix-people.js";
import { synapseUnavailable } from "../support/synapse.js";

const skip = synapseUnavailable();
if (skip) console.warn(`[matrix e2e] ${skip}`);

/** French typography puts no-break spaces inside « » and before : ; the checks read plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const body = (e: MatrixEvent | undefined) => plain(String(e?.content.body ?? ""));

describe.skipIf(skip)("Jura on a real Synapse: a circle that speaks French", () => {
  let o: CircleRoom;
  let alice: MatrixPerson;
  let bob: MatrixPerson;

  beforeAll(async () => {
    o = await circleRoom(["alice", "bob"], "Jardin");
    [alice, bob] = [o.person(0), o.person(1)];
    expect(body(await o.ask(bob, "!jura circle join"))).toMatch(/Welcome to “Jardin”/);
    await o.decide(alice, "!jura circle set language:fr", [bob]);
  }, 300_000);

  afterAll(async () => {
    await o?.world.close();
  });

  it("GIVEN the circle chose French THEN replies in its room are French (Matrix tells no personal locale)", async () => {
    const show = body(await o.ask(bob, "!jura circle show"));
    expect(show).toContain("Cercle « Jardin »");
    expect(show).toContain("langue : français");
    expect(show).toContain("Membres (2) :");
    expect(body(await o.ask(bob, "!jura nope"))).toMatch(/^Il n’existe pas de commande `nope`/);
  });

  it("GIVEN the French circle THEN help is French", async () => {
    const help = body(await o.ask(bob, "!jura help circle"));
    const summary = "Show a circle: purpose, members, federation and delegates.";
    expect(help).toContain(plain(commandText("fr", "circle show", summary)));
    expect(help).toMatch(/Afficher un cercle/);
    expect(help).not.toContain("Show a circle: purpose");
  });

  it("GIVEN a proposal in the French circle THEN its announcement in the room is French", async () => {
    const reply = body(await o.ask(alice, '!jura circle set purpose:"Jardins partagés"'));
    expect(reply).toMatch(/^La proposition #2 est ouverte/);
    const prefix = "Proposition #2 de « Jardin », par";
    const found = await o.log.until(
      (es) => es.some((e) => e.sender === o.botId && body(e).startsWith(prefix)),
      { what: prefix },
    );
    const post = found.find((e) => e.sender === o.botId && body(e).startsWith(prefix));
    expect(body(post)).toContain("Répondez avec !jura proposal agree 2");
  });
});
