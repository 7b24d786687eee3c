import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shellPerson, shellPlace } from "../../src/adapters/shell/identity.js";
import { inLocale, msg, t, translator } from "../../src/core/i18n.js";
import type { Db } from "../../src/store/db.js";
import { unitOfWork } from "../../src/store/store.js";
import { backends, type TestDatabase } from "../support/databases.js";
import { harness } from "../support/harness.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe.each(backends())("who reads which language, on $name", (backend) => {
  let database: TestDatabase;
  let db: Db;
  let h: ReturnType<typeof harness>;

  beforeAll(async () => {
    database = await backend.open();
    db = database.db;
    h = harness(db);
    await h.ok("fede", "#liga", "federation create Liga");
    await db.updateTable("federation").set({ language: "es" }).where("name", "=", "Liga").execute();
    await h.ok("ana", "#huerta", "circle create Huerta open:yes");
    await h.ok("ben", "#huerta", "circle join");
    await h.passes("ana", "#huerta", "federation join Liga", ["ben"]);
    await h.ok("cleo", "#jardin", "circle create Jardin open:yes");
    await h.ok("dan", "#jardin", "circle join");
    await h.passes("cleo", "#jardin", "federation join Liga", ["dan"]);
    // Jardin now speaks Spanish, its federation's language, until it chooses (`circle set
    // language:fr` is a circle decision, covered end to end in test/e2e/languages-shell).
    await db.updateTable("circle").set({ language: "fr" }).where("name", "=", "Jardin").execute();
  });
  afterAll(() => database?.close());

  it("GIVEN a circle that chose no language THEN its room speaks its federation's", async () => {
    expect(plain(await h.ok("ben", "#huerta", "circle show"))).toMatch(/^Círculo “Huerta”/);
    expect(plain(await h.ok("ben", "#huerta", "circle show"))).toContain("idioma: español");
  });

  it("GIVEN the federation's own place THEN it speaks the federation's language", async () => {
    expect(await h.ok("fede", "#liga", "federation list")).toMatch(/^Federaciones \(1\):/);
  });

  it("GIVEN a circle that chose French in a Spanish federation THEN its room speaks French", async () => {
    expect(plain(await h.ok("dan", "#jardin", "circle show"))).toMatch(/^Cercle « Jardin »/);
  });

  it("GIVEN a delegate of a French circle THEN its mandate's line is French too, dates included", async () => {
    await db
      .insertInto("mandate")
      .values({
        circleId: (
          await db.selectFrom("circle").select("id").where("name", "=", "Jardin").executeTakeFirstOrThrow()
        ).id,
        delegate: "shell:dan",
        scope: "parler au congrès",
        startsAt: new Date("2027-03-01T09:00:00Z"),
        expiresAt: new Date("2027-03-18T17:00:00Z"),
        grantedBy: "shell:cleo",
      })
      .execute();
    const line = /#\d+ @dan pour « Jardin » : parler au congrès \(jusqu’au 18 mars 2027 à 17:00 \(UTC\)\)/;
    expect(plain(await h.ok("dan", "#jardin", "circle show"))).toMatch(line);
    expect(plain(await h.ok("dan", "#jardin", "mandate list"))).toMatch(line);
    // The same mandate read from the Spanish circle's room is in Spanish.
    expect(plain(await h.ok("ben", "#huerta", "mandate list federation:Liga"))).toMatch(
      /#\d+ @dan para “Jardin”: parler au congrès \(hasta el 18 de marzo de 2027, 17:00 \(UTC\)\)/,
    );
  });

  it("GIVEN a place nobody set THEN English", async () => {
    expect(await h.ok("zoe", "#elsewhere", "federation list")).toMatch(/^Federations \(1\):/);
  });

  it("GIVEN a person's platform locale THEN it wins over the place; their own choice wins over both", async () => {
    const italian = await h.jura.handle({
      actor: "shell:ben",
      place: "shell:#huerta",
      text: "federation list",
      locale: "it-IT",
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
    });
    expect(italian.text).toMatch(/^Federazioni \(1\):/);
    expect(await h.ok("ben", "#huerta", "me language fr")).toMatch(/^Désormais Jura vous parle en français/);
    const chosen = await h.jura.handle({
      actor: "shell:ben",
      place: "shell:#huerta",
      text: "federation list",
      locale: "it-IT",
      resolveMention: shellPerson,
      resolvePlace: shellPlace,
    });
    expect(plain(chosen.text)).toMatch(/^Fédérations \(1\) :/);
    expect(await h.ok("ben", "#huerta", "me language auto")).toMatch(
      /^A partir de ahora Jura te habla en el idioma de cada lugar/,
    );
    expect(await h.ok("ben", "#huerta", "federation list")).toMatch(/^Federaciones/);
  });

  it("GIVEN an error THEN it is said in the reader's language too", async () => {
    expect(plain(await h.fails("dan", "#jardin", "circle show Nowhere"))).not.toContain("There is no circle");
    expect(await h.fails("zoe", "#elsewhere", "circle show Nowhere")).toContain("There is no circle");
    // An argument's problem too, though the schema that found it was built in English.
    const tz = plain(await h.fails("dan", "#jardin", "circle set tz:Mars/Olympus"));
    expect(tz).toContain(`tz: ${plain(translator("fr")("timezone.invalid"))}`);
    expect(tz).not.toContain("unknown timezone");
  });

  it("GIVEN a French circle joining a Spanish federation THEN the federation's place is told in Spanish", async () => {
    const rows = await db
      .selectFrom("outbox")
      .select("text")
      .where("place", "=", "shell:#liga")
      .where("text", "like", "%Jardin%")
      .execute();
    expect(rows.map((r) => r.text)).toEqual([
      expect.stringMatching(/^El círculo “Jardin” \(2 miembros\) se ha unido/),
    ]);
  });

  it("GIVEN one announcement to several places THEN each place's copy is rendered in that place's language when queued", async () => {
    const uow = unitOfWork(db);
    await uow.run(async (store) => {
      await store.outbox.addMany(
        ["shell:#huerta", "shell:#jardin", "shell:#liga", "shell:#elsewhere"].map((place) => ({
          key: `test:languages:${place}`,
          place,
          text: inLocale(() => t("language.name", { language: "it" })),
          createdAt: new Date(),
        })),
      );
      await store.outbox.add({
        key: "test:languages:msg",
        place: "shell:#jardin",
        text: msg("poll.no_winner"),
        createdAt: new Date(),
      });
    });
    const rows = await db
      .selectFrom("outbox")
      .select(["key", "text"])
      .where("key", "like", "test:languages:%")
      .orderBy("key")
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.key, plain(r.text)]))).toEqual({
      "test:languages:shell:#elsewhere": "Italian",
      "test:languages:shell:#huerta": "italiano",
      "test:languages:shell:#jardin": "italien",
      "test:languages:shell:#liga": "italiano",
      "test:languages:msg": "Aucune option ne l’a emporté.",
    });
  });
});
