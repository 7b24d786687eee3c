import { describe, expect, it } from "vitest";
import { htmlToText, textToHtml } from "../../src/adapters/matrix/html.js";
import { commandText, MAX_HTML } from "../../src/adapters/matrix/message.js";

const bot = { userId: "@jura:example.org", displayName: "Jura Bot" };
const text = (body: string, extra: Record<string, unknown> = {}) => ({ msgtype: "m.text", body, ...extra });

describe("which Matrix messages are commands", () => {
  it.each([
    ["!jura circle list", "circle list"],
    ["!JURA   help circle", "help circle"],
    ["!jura", "help"],
    ["@jura:example.org circle show", "circle show"],
    ["@jura:example.org: circle show", "circle show"],
    ["@jura circle show", "circle show"],
    ["jura: circle show", "circle show"],
    ["Jura Bot, circle show", "circle show"],
  ])("GIVEN %j THEN the command is %j", (body, command) => {
    expect(commandText(text(body), bot)).toBe(command);
  });

  it.each(["jura is a mountain range", "!jurassic park", "hello !jura help", "Jura Bot is nice"])(
    "GIVEN %j THEN it is not addressed to the bot",
    (body) => {
      expect(commandText(text(body), bot)).toBeUndefined();
    },
  );

  it("GIVEN the bot's name and an m.mentions of it THEN the name alone addresses it", () => {
    expect(commandText(text("Jura Bot circle show", { "m.mentions": { user_ids: [bot.userId] } }), bot)).toBe(
      "circle show",
    );
  });

  it.each([
    ["no body", { msgtype: "m.text" }],
    ["a number body", { msgtype: "m.text", body: 42 }],
    ["an object body", { msgtype: "m.text", body: { t: "!jura help" } }],
    ["a notice (another bot)", { msgtype: "m.notice", body: "!jura help" }],
    ["an emote", { msgtype: "m.emote", body: "!jura help" }],
    ["no msgtype", { body: "!jura help" }],
    ["null content", null],
    ["an array", ["!jura help"]],
    ["a huge body", text(`!jura ${"x".repeat(70_000)}`)],
  ])("GIVEN %s THEN it is ignored without throwing", (_label, content) => {
    expect(commandText(content, bot)).toBeUndefined();
  });

  it("GIVEN a reply to a message THEN the quoted fallback is not read as the command", () => {
    const content = text("> <@alice:example.org> !jura circle leave\n\n!jura circle show", {
      "m.relates_to": { "m.in_reply_to": { event_id: "$x" } },
    });
    expect(commandText(content, bot)).toBe("circle show");
    const onlyQuote = text("> <@alice:example.org> !jura circle leave", {
      "m.relates_to": { "m.in_reply_to": { event_id: "$x" } },
    });
    expect(commandText(onlyQuote, bot)).toBeUndefined();
  });

  it("GIVEN pills in the HTML body THEN they become exact user ids, and the plain body's names are not used", () => {
    const content = text("Jura Bot: mandate grant Bob carry it", {
      format: "org.matrix.custom.html",
      formatted_body:
        '<a href="https://matrix.to/#/@jura:example.org">Jura Bot</a>: mandate grant <a href="https://matrix.to/#/%40bob%3Aexample.org">Bob</a> carry &amp; it',
    });
    expect(commandText(content, bot)).toBe("mandate grant @bob:example.org carry & it");
  });

  it("GIVEN broken HTML THEN reading it neither throws nor hangs", () => {
    const nasty = `${'<a href="https://matrix.to/#/@x:y">'.repeat(1_500)}${"<div>".repeat(5_000)}<a href="https://matrix.to/#/%E0%A4%A">x</a>&#99999999;&bogus;<<<>>`;
    const started = performance.now();
    expect(() => htmlToText(nasty)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(200);
    expect(htmlToText("a<br>b<p>c</p>&lt;d&gt;&#x41;&#66;")).toBe("a\nbc\n<d>AB");
  });
});

/** The input: a 65 KB `formatted_body` of unclosed user links. */
const HOSTILE_UNIT = "<a href='https://matrix.to/#/@";
const hostile = HOSTILE_UNIT.repeat(Math.floor(65_000 / HOSTILE_UNIT.length));
const html = (body: string, formatted: string) =>
  text(body, { format: "org.matrix.custom.html", formatted_body: formatted });
const timed = <T>(work: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
};

describe("deciding cheaply whether a message is for the bot", () => {
  it("GIVEN the 65 KB formatted_body of repeated <a href='https://matrix.to/#/@ in a message not addressed to the bot THEN it is ignored at once", () => {
    expect(hostile.length).toBeGreaterThan(64_000);
    const { value, ms } = timed(() => commandText(html("hello everyone", hostile), bot));
    console.info(`[matrix html] 65 KB hostile HTML, not addressed: ${ms.toFixed(2)} ms`);
    expect(value).toBeUndefined();
    expect(ms).toBeLessThan(50);
  });

  it("GIVEN the same HTML in a message that starts with !jura THEN the plain body is the command, read at once", () => {
    const { value, ms } = timed(() => commandText(html("!jura circle show", hostile), bot));
    console.info(`[matrix html] 65 KB hostile HTML, addressed: ${ms.toFixed(2)} ms`);
    expect(value).toBe("circle show");
    expect(ms).toBeLessThan(50);
  });

  it("GIVEN hostile HTML under the size cap that names the bot THEN reading its pills stays linear", () => {
    const pill = '<a href="https://matrix.to/#/@jura:example.org">Jura Bot</a>: circle show ';
    const formatted = `${pill}${HOSTILE_UNIT.repeat(Math.floor((MAX_HTML - pill.length) / HOSTILE_UNIT.length))}`;
    expect(formatted.length).toBeLessThanOrEqual(MAX_HTML);
    const { value, ms } = timed(() => commandText(html("Jura Bot: circle show", formatted), bot));
    console.info(
      `[matrix html] ${formatted.length} characters of hostile HTML naming the bot: ${ms.toFixed(2)} ms`,
    );
    expect(value).toMatch(/^circle show/);
    expect(ms).toBeLessThan(50);
  });

  it("GIVEN reading the whole 65 KB hostile HTML directly THEN it takes milliseconds, not seconds", () => {
    const { value, ms } = timed(() => htmlToText(hostile));
    expect(value).toBe(hostile);
    expect(ms).toBeLessThan(50);
  });

  it("GIVEN a pill to the bot in the HTML only (body shows a name the bot does not know) THEN the message is a command", () => {
    const content = html(
      "J: circle show",
      '<a href="https://matrix.to/#/%40jura%3Aexample.org">J</a>: circle show',
    );
    expect(commandText(content, bot)).toBe("circle show");
  });

  it("GIVEN pills to other people but not to the bot THEN the HTML is not even read", () => {
    const content = html("Bob: lunch?", '<a href="https://matrix.to/#/@bob:example.org">Bob</a>: lunch?');
    expect(commandText(content, bot)).toBeUndefined();
  });

  it("GIVEN a reply quote (mx-reply) naming the bot THEN the quote is not read as the command", () => {
    const quoted =
      '<mx-reply><blockquote><a href="https://matrix.to/#/@jura:example.org">Jura</a> done</blockquote></mx-reply>thanks';
    expect(
      commandText(
        {
          ...html("> <@jura:example.org> done\n\nthanks", quoted),
          "m.relates_to": { "m.in_reply_to": { event_id: "$x" } },
        },
        bot,
      ),
    ).toBeUndefined();
  });
});

describe("notices in HTML", () => {
  it("escapes text, keeps lines and indentation, and turns user ids into pills", () => {
    expect(textToHtml("Hi <b> & @bob:example.org.\n  next")).toBe(
      'Hi &#60;b&#62; &#38; <a href="https://matrix.to/#/@bob:example.org">@bob:example.org</a>.<br>&nbsp;&nbsp;next',
    );
  });
});
