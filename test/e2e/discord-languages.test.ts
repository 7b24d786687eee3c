import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandText, translator } from "../../src/core/i18n.js";
import { DiscordWorld, GARDEN, messageText } from "../support/discord-world.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const fr = translator("fr");

describe("Jura on Discord in French: slash-command descriptions, replies and announcements", () => {
  let world: DiscordWorld;

  beforeAll(async () => {
    world = await DiscordWorld.create();
    await world.start();
    await world.say("alice", "circle create", { name: "Jardin", open: true }, { channel: GARDEN });
    await world.say("bob", "circle join", {}, { channel: GARDEN });
    await world.decide("alice", "circle set", { language: "fr" }, ["bob"], { channel: GARDEN });
  });

  afterAll(async () => {
    await world?.close();
  });

  it("GIVEN the registered commands THEN descriptions are localized from the catalogue, within 100 characters", () => {
    const circle = world.double.commands().find((c) => c.name === "circle");
    const show = circle?.options?.find((o) => o.name === "show");
    const english = "Show a circle: purpose, members, federation and delegates.";
    expect(show?.description).toBe(english);
    expect(show?.description_localizations?.fr).toBe(commandText("fr", "circle show", english));
    expect(show?.description_localizations?.fr).toMatch(/^Afficher un cercle/);
    const set = circle?.options?.find((o) => o.name === "set");
    const language = (set && "options" in set ? set.options : [])?.find((o) => o.name === "language");
    expect(language?.description_localizations?.fr).toMatch(/^la langue que Jura parle/);
    const localized: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) for (const child of node) walk(child);
      else if (node && typeof node === "object")
        for (const [key, value] of Object.entries(node)) {
          if (key === "description_localizations" && value)
            localized.push(...Object.values(value as Record<string, string>));
          else walk(value);
        }
    };
    walk(world.double.commands());
    expect(localized.length).toBeGreaterThan(10);
    expect(localized.filter((text) => [...String(text)].length > 100)).toEqual([]);
  });

  it("GIVEN a person whose Discord speaks French THEN the reply is French; one whose Discord speaks English gets English", async () => {
    const french = await world.say("bob", "circle show", {}, { channel: GARDEN, locale: "fr" });
    expect(plain(french.text)).toContain("Cercle « Jardin »");
    expect(plain(french.text)).toContain("langue : français");
    const english = await world.say("alice", "circle show", {}, { channel: GARDEN, locale: "en-US" });
    expect(english.text).toContain("Circle “Jardin”");
    const unknown = await world.say(
      "bob",
      "mandate list",
      { circle: "Nowhere" },
      { channel: GARDEN, locale: "fr" },
    );
    expect(plain(unknown.text)).toBe(plain(fr("circle.not_found", { name: "Nowhere" })));
  });

  it("GIVEN the French circle THEN announcements in its channel are French, whoever's command brought them", async () => {
    const proposed = await world.say(
      "alice",
      "circle set",
      { purpose: "Jardins partagés" },
      { channel: GARDEN },
    );
    expect(proposed.text).toMatch(/proposal #2|proposition #2/i);
    await world.delivered();
    const posted = world.double.messages(GARDEN).map((m) => plain(messageText(m)));
    expect(posted.some((text) => text.startsWith("Proposition #2 de « Jardin », par <@"))).toBe(true);
    expect(posted.some((text) => text.startsWith("Proposal #2 of"))).toBe(false);
  });
});
