/**
 * 200 lines nobody should be able to hurt the bot with: unknown commands, missing arguments,
 * huge strings, odd unicode and injection attempts. Each must produce exactly one error.
 */
export function malformedLines(): string[] {
  const payloads = [
    "Robert'); DROP TABLE circle;--",
    "' OR 1=1 --",
    "$(rm -rf /)",
    "`reboot`",
    "<script>alert(1)</script>",
    "{{7*7}}",
    "%s%s%s%n",
    "../../etc/passwd",
    "\u202Eevil\u202C",
    "zero\u200Bwidth",
    "🌱🌱🌱",
    "\u0301\u0301",
    "null\u0000byte",
    "b\uFEFFom",
    "soft\u00ADhyphen",
    "x".repeat(5000),
    "y".repeat(65),
    "😀".repeat(100),
    "a\u0007bell",
    "\u{E0041}tag",
  ];
  const templates: Array<(p: string, i: number) => string> = [
    (p) => `as stranger in #lab: circle create ${p}`,
    (p) => `as stranger in #lab: federation create ${p}`,
    (p, i) => `as stranger in #lab: ${p.replace(/\s/g, "")}${i}`,
    (p) => `as stranger in #lab: circle show ${p}`,
    (p) => `as stranger in #lab: circle join "${p}"`,
    (p) => `as alice in #garden: circle set purpose:"${p}" tz:${p.replace(/\s/g, "_")}`,
    (p) => `as alice in #garden: mandate grant @bob speak until:${p.replace(/\s/g, "")}`,
    (p) => `as ${p.replace(/\s/g, "")}! in #lab: circle list`,
    (p) => `as alice in ${p.replace(/\s/g, "")}!: circle list`,
    (p) => `as alice in #garden: circle invite @${p.replace(/\s/g, "")}:x:y`,
  ];
  return templates.flatMap((template) => payloads.map((payload, i) => template(payload, i)));
}

/** Lines that are wrong in other ways: grammar, arity, permissions, values. */
export const wrongLines = [
  "as alice",
  "as alice in",
  "as alice in #x",
  "as alice in #x circle list",
  "as stranger in #lab: frobnicate",
  "as stranger in #lab: circle",
  "as stranger in #lab: circle fly",
  "as stranger in #lab: help nothing",
  "as stranger in #lab: circle invite",
  "as stranger in #lab: mandate grant",
  "as stranger in #lab: mandate renounce -1",
  "as stranger in #lab: mandate renounce 99999999999",
  "as stranger in #lab: mandate renounce 1",
  "as stranger in #lab: federation join",
  "as stranger in #lab: federation show",
  'as stranger in #lab: circle create "unterminated',
  "as stranger in #lab: circle create Lab tz:Mars/Base",
  "as stranger in #lab: circle create Lab open:perhaps",
  "as stranger in #garden: circle set purpose:mine",
  "as stranger in #garden: federation leave Jura",
];
