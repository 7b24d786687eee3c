import fc from "fast-check";
import { z } from "zod";
import { argKind } from "../../src/core/commands/args.js";
import { tokenize } from "../../src/core/commands/parser.js";
import { Registry } from "../../src/core/commands/registry.js";
import type { AnyCommandSpec } from "../../src/core/commands/spec.js";

/**
 * Command lines for fuzzing, grammar-aware: mostly real groups, commands and option keys, with
 * values that are sometimes plausible (taken from the commands' own examples and the world the
 * fuzz sets up) and often hostile: NUL, ESC, bidi overrides, zero-width and separator
 * characters, huge values, odd unicode, numbers at the edges, broken quotes, the cadences and
 * RRULEs issue 12 found slow.
 */

const registry = new Registry();

/** Names, people and ids that exist in the fuzz world (see command-lines.test.ts). */
export const WORLD = {
  people: ["ana", "ben", "cleo", "zoe", "mallory"],
  places: ["#garden", "#bakery", "#jura", "#elsewhere"],
  names: ["Green Valley", "green  valley", "Bakery", "Jura", "Nowhere"],
};

const HOSTILE_CHARS = [
  "\u0000",
  "\u001b[31m",
  "\u0007",
  "\u007f",
  "\u0085",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u2069",
  "\u200e",
  "\u200b",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u3164",
  "\u2028",
  "\u2029",
  "\t",
  "\ud800",
  "\udfff",
  "\u{e0041}",
  "\ufffe",
  "\\",
  '"',
  "“",
  "”",
  "«",
  "„",
  ":",
  "|",
  "@",
  "#",
  "/",
];

const EDGE_NUMBERS = [
  "0",
  "-1",
  "1",
  "2",
  "3",
  "20",
  "21",
  "00001",
  "2147483647",
  "2147483648",
  "9007199254740993",
  "99999999999999999999",
  "1e3",
  "1e309",
  "-0",
  "0x10",
  "0b1",
  "1_000",
  "1.5",
  "1,5",
  "NaN",
  "Infinity",
  "٣",
  "１２",
  " 7",
  "",
];

const MOMENTS = [
  "3d",
  "2w",
  "6mo",
  "1y",
  "10y",
  "11y",
  "9999d",
  "99999d",
  "0d",
  "2027-03-18",
  "2027-03-18T18:00",
  "2027-02-30",
  "2026-01-01",
  "9999-12-31T23:59",
  "0000-01-01",
  "1h",
  "30m",
  "60d",
  "2d",
  "12h",
];

const CADENCES = [
  "weekly",
  "daily",
  "monthly",
  "every 2 weeks on monday 18:00",
  "every 3 months on saturday 10:00",
  `weekly on ${"mon".repeat(30)}1`,
  `weekly on ${"mon".repeat(1000)}`,
  `every ${"on ".repeat(300)}monday`,
  "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31",
  "FREQ=DAILY;BYYEARDAY=366",
  "FREQ=YEARLY;BYYEARDAY=366",
  "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23",
  "FREQ=WEEKLY;BYSETPOS=-366;BYDAY=MO",
  "FREQ=MONTHLY;BYDAY=5FR;COUNT=1000000",
  "FREQ=DAILY;UNTIL=19700101T000000Z",
  "FREQ=DAILY;INTERVAL=0",
  "FREQ=MINUTELY",
  "FREQ=YEARLY;BYWEEKNO=53;BYDAY=SU",
  "FREQ=DAILY;BYMONTH=13",
  "RRULE:FREQ=WEEKLY;WKST=SU;BYDAY=MO,TU",
  "FREQ=YEARLY;BYEASTER=0",
];

/** Plausible values per option key and per command's positional, from every command's examples. */
const EXAMPLE_VALUES = (() => {
  const byKey = new Map<string, Set<string>>();
  const positional = new Map<AnyCommandSpec, string[][]>();
  for (const spec of registry.commands) {
    const columns: string[][] = spec.positional.map(() => []);
    for (const example of spec.examples) {
      let index = 0;
      for (const token of tokenize(example).slice(spec.name ? 2 : 1)) {
        if (token.kind === "named") {
          byKey.set(token.key, (byKey.get(token.key) ?? new Set()).add(token.value));
        } else {
          const column = columns[Math.min(index, columns.length - 1)];
          column?.push(token.kind === "mention" ? `@${token.value}` : token.value);
          index += 1;
        }
      }
    }
    positional.set(spec, columns);
  }
  return { byKey, positional };
})();

/** A string of up to `max` characters mixing every plane, surrogates and controls included. */
const wild = (max: number) =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength: max }),
    fc.string({ unit: "grapheme", maxLength: max }),
    fc.string({ unit: fc.constantFrom(...HOSTILE_CHARS, "a", " ", "mon", "1", "-"), maxLength: max }),
  );

/** The characters that broke Jura before (issue 12), drawn more often than the rest. */
const WORST_CHARS = ["\u0000", "\u001b[31m", "\u202e", "\u200b", "\u2028", "\ud800"];

/** Something plausible with a hostile character slipped in somewhere. */
const tainted = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(
      base,
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORST_CHARS) }, fc.constantFrom(...HOSTILE_CHARS)),
      fc.nat(),
    )
    .map(([text, bad, at]) => {
      const i = text.length === 0 ? 0 : at % (text.length + 1);
      return `${text.slice(0, i)}${bad}${text.slice(i)}`;
    });

const huge = fc
  .tuple(
    fc.constantFrom("a", "mon", "é", "🌱", "\u200b", " ", "x|", '\\"'),
    fc.integer({ min: 100, max: 5000 }),
  )
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

/** A value, plausible (from `examples` or the world) or hostile. */
function valueFor(examples: readonly string[]): fc.Arbitrary<string> {
  const plausible = fc.oneof(
    ...(examples.length > 0 ? [{ weight: 24, arbitrary: fc.constantFrom(...examples) }] : []),
    fc.constantFrom(...WORLD.names, ...WORLD.people.map((p) => `@${p}`), ...WORLD.places),
    fc.constantFrom(...EDGE_NUMBERS),
    fc.constantFrom(...MOMENTS),
    fc.constantFrom(...CADENCES),
    fc.constantFrom(
      "yes",
      "no",
      "maybe",
      "50%",
      "0.5",
      "101%",
      "1|2|3",
      "2|1",
      "a|a",
      "|",
      "Europe/Paris",
      "Mars/Olympus",
    ),
  );
  return fc.oneof(
    { weight: 20, arbitrary: plausible },
    { weight: 8, arbitrary: tainted(plausible) },
    { weight: 2, arbitrary: wild(40) },
    { weight: 1, arbitrary: huge },
  );
}

/** How a value is written on the line: bare, quoted (any quote style), or broken. */
function written(value: string): fc.Arbitrary<string> {
  const escaped = value.replace(/[\\"]/g, (c) => `\\${c}`);
  const safe = value.includes(" ") || value === "" ? `"${escaped}"` : value;
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(safe) },
    { weight: 1, arbitrary: fc.constantFrom(`"${escaped}"`, `“${value}”`, `«${value}»`, `"${value}`, value) },
  );
}

const withValue = (examples: readonly string[] = []) => valueFor(examples).chain(written);

/** What the field's schema says a good value looks like, so most lines get past binding. */
function fieldExamples(spec: AnyCommandSpec, key: string, fromExamples: readonly string[]): string[] {
  const schema = (spec.args.shape as Record<string, z.ZodType>)[key];
  if (schema === undefined) return [...fromExamples];
  const kind = argKind(schema);
  if (kind === "person") return WORLD.people.map((p) => `@${p}`);
  if (kind === "place") return WORLD.places;
  let base: z.ZodType = schema;
  for (let inner = innerOf(base); inner; inner = innerOf(base)) base = inner;
  if (base instanceof z.ZodNumber) return ["1", "1", "2", "3", ...fromExamples];
  if (base instanceof z.ZodEnum) return base.options.map(String);
  if (key === "federation") return ["Jura", "Jura", "jura", "Nowhere", ...fromExamples];
  if (key === "circle") return ["Green Valley", "green  valley", "Bakery", "Nowhere", ...fromExamples];
  return [...fromExamples];
}

function innerOf(schema: z.ZodType): z.ZodType | undefined {
  return (schema._zod.def as { innerType?: z.ZodType }).innerType;
}

const keyValue = (spec: AnyCommandSpec, key: string) =>
  withValue(fieldExamples(spec, key, [...(EXAMPLE_VALUES.byKey.get(key) ?? [])]));

function argsFor(spec: AnyCommandSpec): fc.Arbitrary<string[]> {
  const keys = Object.keys(spec.args.shape).filter((k) => !spec.positional.includes(k));
  const columns = EXAMPLE_VALUES.positional.get(spec) ?? [];
  const positionals = fc
    .tuple(
      ...spec.positional.map((key, i) => withValue(fieldExamples(spec, key, columns[i] ?? []))),
      fc.array(withValue(columns.at(-1)), { maxLength: 2 }),
    )
    .map((parts) => {
      const extra = parts.pop() as string[];
      return [...(parts as string[]), ...(spec.rest ? extra : [])];
    })
    .chain((values) =>
      fc
        .oneof(
          { weight: 4, arbitrary: fc.constant(values.length) },
          { weight: 1, arbitrary: fc.nat(values.length) },
        )
        .map((n) => values.slice(0, n)),
    );
  const named = fc
    .subarray(keys)
    .chain((chosen) =>
      fc.tuple(...chosen.map((key) => keyValue(spec, key).map((value) => `${key}:${value}`))),
    );
  const stray = fc.oneof(
    { weight: 8, arbitrary: fc.constant([] as string[]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("colour", "x", "CIRCLE", "a".repeat(40), ...keys, "id"), withValue())
        .map(([key, value]) => [`${key}:${value}`]),
    },
    { weight: 1, arbitrary: fc.array(withValue(), { minLength: 1, maxLength: 4 }) },
  );
  return fc.tuple(positionals, named, stray).map(([p, n, s]) => [...p, ...n, ...s]);
}

const specs = registry.commands;

/** One command line, as a person might type it (or a hostile one would). */
export const commandLine: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 17,
    arbitrary: fc
      .constantFrom(...specs)
      .chain((spec) =>
        fc
          .tuple(fc.constant(spec), argsFor(spec), fc.constantFrom("", "/", "  /", " "))
          .map(([s, args, slash]) => `${slash}${[s.group, s.name, ...args].filter(Boolean).join(" ")}`),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        tainted(fc.constantFrom(...registry.groups())),
        fc.constantFrom(...specs.map((s) => s.name)),
        wild(30),
      )
      .map((parts) => parts.join(" ")),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("help", "HELP", "/help"), wild(20)).map((p) => p.join(" ")),
  },
  { weight: 1, arbitrary: fc.oneof(wild(200), huge) },
);

/** Who types it, where: people and places of the fuzz world. */
export const speaker = fc.record({
  person: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("ana", "ben") }, fc.constantFrom(...WORLD.people)),
  place: fc.oneof({ weight: 2, arbitrary: fc.constant("#garden") }, fc.constantFrom(...WORLD.places)),
});
