import { describe, expect, it } from "vitest";
import { commandText, translator } from "../../src/core/i18n.js";
import { runJura, tempDir } from "../support/jura-process.js";

const fr = translator("fr");
const en = translator("en");

/** Two circles of one federation: “Jardin” decides to speak French, “Bakery” stays English. */
const SCRIPT = `
as alice in #jura: federation create Jura tz:Europe/Paris
as alice in #jardin: circle create Jardin open:yes tz:Europe/Paris
as bob in #jardin: circle join
as carol in #bakery: circle create Bakery open:yes
as dan in #bakery: circle join
as alice in #jardin: circle set language:fr
as bob in #jardin: proposal agree 1
advance 3d
as bob in #jardin: circle show
as bob in #jardin: help circle
as bob in #jardin: nope
as carol in #bakery: circle show
as erin in #jardin: circle join
as alice in #jardin: circle set purpose:"Jardins partagés"
as erin in #bakery: me language fr
as erin in #bakery: circle show
as erin in #bakery: me language auto
as erin in #bakery: circle show
as bob in #jardin: poll start On plante des courges ? options:"oui|non" closes:1d
as bob in #jardin: rotation create facilitator every:weekly
as alice in #jardin: proposal agree 3
advance 3d
advance 8d
`;

describe("a circle that speaks French, in the shell", () => {
  it("GIVEN “Jardin” set to French WHEN people use it THEN replies, announcements and help are French while “Bakery” stays English", async () => {
    const dir = await tempDir();
    const run = await runJura(["shell", "--json", "--clock", "2027-03-01T09:00:00Z"], SCRIPT, {
      JURA_DATA_DIR: dir,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // French typography puts no-break spaces inside « » and before : ; the checks read plain spaces.
    const messages = run.messages().map((m) => ({ ...m, text: m.text.replace(/[\u00a0\u202f]/g, " ") }));
    const replies = messages.filter((m) => m.kind !== "notice");
    const at = (needle: string) => replies.find((m) => m.text.includes(needle))?.text ?? "";

    // Replies in the French circle's room: circle show, its size advice, and an unknown command.
    const show = at("Cercle « Jardin »");
    expect(show).toContain("langue : français");
    expect(show).toContain("Membres (2) : @alice, @bob");
    expect(show).toContain("« Jardin » compte 2 membres");
    expect(show).not.toMatch(/Members|too small/);
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    expect(replies.some((m) => m.text === plain(fr("command.unknown", { name: "nope" })))).toBe(true);
    expect(at("Bienvenue dans « Jardin » : 3 membres désormais.")).not.toBe("");

    // Help: command summaries through the French command texts (English where none is written yet).
    const help = at("/circle show");
    const summary = "Show a circle: purpose, members, federation and delegates.";
    expect(help).toContain(plain(commandText("fr", "circle show", summary)));
    expect(help).toContain("Afficher un cercle");
    expect(help).not.toContain(summary);

    // The English circle is untouched.
    const firstLine = (m: { text: string }) => m.text.split("\n")[0];
    const bakery = messages.filter((m) => m.place === "shell:#bakery" && firstLine(m) === "Circle “Bakery”");
    expect(bakery[0]?.text).toContain("language English");

    // Announcements posted to the French room: the new proposal, in French.
    const notices = messages.filter((m) => m.kind === "notice" && m.place === "shell:#jardin");
    const second = notices.find((m) => m.text.includes("#2"));
    expect(second?.text).toMatch(/^Proposition #2 de « Jardin », par @alice/);
    expect(second?.text).toContain("mars 2027");

    // Announcements by jobs: the poll's result and the rotation's handoff, in French.
    const closed = notices.find((m) => m.text.startsWith("Vote #1 clos : « On plante des courges ? »"));
    expect(closed?.text).toMatch(/Résultat : oui\.|Aucune option ne l’a emporté\./);
    expect(
      notices.some((m) =>
        /^@bob est désormais facilitator de « Jardin » \(tour 2\), à la suite de @alice\./.test(m.text),
      ),
    ).toBe(true);
    expect(
      notices.some((m) =>
        m.text.startsWith("À venir, @bob : vous devenez facilitator de « Jardin » le 13 mars 2027"),
      ),
    ).toBe(true);
    expect(notices.filter((m) => /^(Poll #|Proposal #2|Reminder)/.test(m.text))).toEqual([]);

    // A person's own choice wins over the place's, and auto gives the place back.
    const shows = messages.filter(
      (m) => m.place === "shell:#bakery" && /^(Circle “Bakery”|Cercle « Bakery »)$/.test(firstLine(m) ?? ""),
    );
    expect(shows.map(firstLine)).toEqual(["Circle “Bakery”", "Cercle « Bakery »", "Circle “Bakery”"]);
    expect(en("language.name", { language: "fr" })).toBe("French");
  });
});
