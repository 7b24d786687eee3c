/** Events no well-behaved client sends, for the Matrix robustness test. */
export interface Malformed {
  label: string;
  type: string;
  content: unknown;
  /** What the bot must do: say nothing, answer with an error, or answer the readable command. */
  expect: "ignored" | "error" | "answer";
}

export function malformedContents(botId: string): Malformed[] {
  const m = (
    label: string,
    expect: Malformed["expect"],
    content: unknown,
    type = "m.room.message",
  ): Malformed => ({
    label,
    type,
    content,
    expect,
  });
  const pill = `<a href="https://matrix.to/#/${botId}">Jura</a>`;
  return [
    m("no body", "ignored", { msgtype: "m.text" }),
    m("body is a number", "ignored", { msgtype: "m.text", body: 42 }),
    m("body is an object", "ignored", { msgtype: "m.text", body: { text: "!jura help" } }),
    m("msgtype is a number", "ignored", { msgtype: 7, body: "!jura help" }),
    m("no msgtype", "ignored", { body: "!jura help" }),
    m("empty content", "ignored", {}),
    m("huge command", "error", { msgtype: "m.text", body: `!jura circle create ${"x".repeat(20_000)}` }),
    m("huge plain text", "ignored", { msgtype: "m.text", body: "y".repeat(60_000) }),
    m("unterminated quote", "error", { msgtype: "m.text", body: '!jura circle create "Never closed' }),
    m("only the prefix and junk", "error", { msgtype: "m.text", body: "!jura \u200b\u0007" }),
    m("formatted_body is a number", "answer", {
      msgtype: "m.text",
      body: "!jura help",
      format: "org.matrix.custom.html",
      formatted_body: 12,
    }),
    m("broken HTML with a pill", "error", {
      msgtype: "m.text",
      body: "Jura: circle show",
      format: "org.matrix.custom.html",
      formatted_body: `${pill}: <b>circle <i>show</b></i><a href="https://matrix.to/#/%E0%A4%A">x</a><<<>>&bogus;&#99999999;`,
    }),
    m("unclosed tags", "answer", {
      msgtype: "m.text",
      body: "!jura circle show",
      format: "org.matrix.custom.html",
      formatted_body: `<a href="https://matrix.to/#/@x:y"><script>${"<div>".repeat(5_000)}`,
    }),
    m("format is a number", "answer", {
      msgtype: "m.text",
      body: "!jura help",
      format: 5,
      formatted_body: ["x"],
    }),
    m("in_reply_to is a string", "answer", {
      msgtype: "m.text",
      body: "!jura help",
      "m.relates_to": { "m.in_reply_to": "$not-an-object" },
    }),
    m("NUL and control characters", "error", { msgtype: "m.text", body: "!jura circle\u0000create \u0001" }),
    m("relates_to is a string", "answer", { msgtype: "m.text", body: "!jura help", "m.relates_to": "nope" }),
    m("mentions is a string", "ignored", {
      msgtype: "m.text",
      body: "Jura circle show",
      "m.mentions": "everyone",
    }),
    m("reply fallback only", "ignored", {
      msgtype: "m.text",
      body: "> <@someone:localhost> !jura circle show",
      "m.relates_to": { "m.in_reply_to": { event_id: "$nope" } },
    }),
    m(
      "a poll response for no poll",
      "ignored",
      { "m.relates_to": { rel_type: "m.reference", event_id: "$x" } },
      "m.poll.response",
    ),
    m("a custom event type", "ignored", { body: "!jura help" }, "org.example.weird"),
    m(
      "an encrypted-looking event",
      "ignored",
      { algorithm: "m.megolm.v1.aes-sha2", ciphertext: "AAAA" },
      "m.room.encrypted",
    ),
  ];
}
