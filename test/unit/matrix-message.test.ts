import { describe, expect, it } from "vitest";
import { htmlToText, textToHtml } from "../../src/adapters/matrix/html.js";
import { commandText } from "../../src/adapters/matrix/message.js";

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

describe("notices in HTML", () => {
  it("escapes text, keeps lines and indentation, and turns user ids into pills", () => {
    expect(textToHtml("Hi <b> & @bob:example.org.\n  next")).toBe(
      'Hi &#60;b&#62; &#38; <a href="https://matrix.to/#/@bob:example.org">@bob:example.org</a>.<br>&nbsp;&nbsp;next',
    );
  });
});
