import { z } from "zod";
import { t } from "../i18n.js";
import { isPersonId, isPlaceId } from "../ids.js";
import { cleanName, isValidName } from "../names.js";
import { hasUnsafeCharacter } from "../text.js";
import { isTimezone } from "../time.js";

/**
 * Reusable argument schemas; descriptions feed help text and Discord option descriptions.
 * Names are 1-64 characters (names.ts); the length is declared too, so Discord shows the limit.
 */
export const nameArg = () =>
  z
    .string()
    .transform(cleanName)
    .pipe(
      z
        .string()
        .min(1, { message: t("name.invalid"), abort: true })
        .max(64, { message: t("name.invalid"), abort: true })
        .refine(isValidName, t("name.invalid")),
    );

export const circleArg = nameArg();
export const federationArg = nameArg();

/** What a field holds, for adapters: people and places are resolved from platform syntax. */
export type ArgKind = "person" | "place";

/** The kind declared on a field, looking through optional/default/pipe wrappers. */
export function argKind(schema: z.ZodType): ArgKind | undefined {
  const kind = z.globalRegistry.get(schema)?.kind;
  if (kind === "person" || kind === "place") return kind;
  const def = schema._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
  const inner = def.innerType ?? def.in;
  return inner ? argKind(inner) : undefined;
}

export const personArg = z.string().refine(isPersonId, t("person.invalid")).meta({ kind: "person" });

export const placeArg = z.string().refine(isPlaceId, t("place.invalid")).meta({ kind: "place" });

export const timezoneArg = z.string().refine(isTimezone, t("timezone.invalid"));

export const textArg = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, t("text.empty"))
        .max(max, t("text.too_long", { max }))
        .refine((s) => !hasUnsafeCharacter(s), t("text.unsafe")),
    );

/** Number fields are read by bindArgs first, which accepts plain decimal digits only (no hex, exponent or blanks). */
export const idArg = z.coerce.number().int().positive().max(2_147_483_647);

/** `60%`, `60 %` or `0.6`, as a share between 0 and 1. */
export const shareArg = z.string().transform((text, ctx) => {
  const match = /^(\d{1,3}(?:\.\d+)?)\s*%$|^(0(?:\.\d+)?|1(?:\.0+)?)$/.exec(text.trim());
  const value = match ? (match[1] !== undefined ? Number(match[1]) / 100 : Number(match[2])) : Number.NaN;
  if (!(value >= 0 && value <= 1)) {
    ctx.addIssue({ code: "custom", message: t("share.invalid") });
    return z.NEVER;
  }
  return value;
});

/** A date or a duration, read later in the circle's timezone (see parseMoment). */
export const momentArg = z.string().max(40);

/**
 * An amount as people write it: digits with at most one decimal point or comma (`3`, `2.5`,
 * `2,5`), or undefined. No sign, hex, exponent, blanks or thousands separators, and at most 12
 * digits before and 6 after the point, so the number is exact.
 */
export function parseAmount(text: string): number | undefined {
  const match = /^(\d{1,12})(?:[.,](\d{1,6}))?$/.exec(text.trim());
  return match ? Number(`${match[1]}.${match[2] ?? "0"}`) : undefined;
}
