import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, LOCALES, t } from "../../i18n.js";
import type { FederationPatch } from "../../ports.js";
import { PAGE_VISIBILITIES } from "../../record-ports.js";
import { federationArg } from "../args.js";
import { windowArg } from "../circle/window.js";
import { announce, audit, federationSubject } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";

const DAY_MS = 86_400_000;

/** Digits only (no sign, hex or exponent), within bounds. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, `a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `a whole number from ${min} to ${max}`)
        .max(max, `a whole number from ${min} to ${max}`),
    );

export default defineCommand({
  group: "federation",
  name: "set",
  summary:
    "Change how a federation works: its decision window, the longest mandate, the digest rhythm, its language, who reads its web page (a federation decision).",
  args: z.object({
    federation: federationArg,
    window: windowArg.optional(),
    mandate_max: wholeNumber(1, 366).optional(),
    digest: wholeNumber(7, 90).optional(),
    language: z.enum(LOCALES).optional(),
    page: z.enum(PAGE_VISIBILITIES).optional(),
  }),
  positional: ["federation"],
  rest: true,
  policy: "federation-decision",
  subject: (ctx, args) => federationSubject(ctx, args.federation),
  examples: ["federation set Jura mandate_max:120 digest:14"],
  async handler(ctx, args) {
    const { federation } = ctx.subject;
    const patch: FederationPatch = {};
    const changes: string[] = [];
    if (args.window !== undefined) {
      patch.decisionWindowMinutes = args.window.minutes;
      changes.push(t("federation.setting_window", { value: args.window.text }));
    }
    if (args.mandate_max !== undefined) {
      patch.mandateMaxDays = args.mandate_max;
      changes.push(t("federation.setting_mandate", { value: args.mandate_max }));
    }
    if (args.language !== undefined) {
      patch.language = args.language;
      changes.push(
        t("federation.setting_language", { language: t("language.name", { language: args.language }) }),
      );
    }
    if (args.digest !== undefined) changes.push(t("federation.setting_digest", { value: args.digest }));
    if (args.page !== undefined) changes.push(t("record.page_setting", { visibility: args.page }));
    if (changes.length === 0) throw new UserError("federation.nothing_to_change");
    if (Object.keys(patch).length) await ctx.store.federations.update(federation.id, patch);
    if (args.page !== undefined) {
      // A new visibility also renews the key: every link given before stops working.
      await ctx.store.record.setPageVisibility(federation.id, args.page);
      await ctx.store.record.renewPageKey(federation.id);
    }
    if (args.digest !== undefined)
      await ctx.store.aid.setDigestRhythm(
        federation.id,
        args.digest,
        new Date(ctx.now.getTime() + args.digest * DAY_MS),
      );
    const auditId = await audit(ctx, {
      action: "federation.set",
      federationId: federation.id,
      details: {
        ...patch,
        ...(args.digest !== undefined ? { digestEveryDays: args.digest } : {}),
        ...(args.page !== undefined ? { pageVisibility: args.page } : {}),
      },
    });
    const say = (): string =>
      t("federation.updated", {
        federation: federation.name,
        decision: decisionNote(ctx.decision),
        changes: changes.join(", "),
      });
    const text = say();
    if (federation.announcePlace !== ctx.place)
      await announce(ctx, auditId, federation.announcePlace, inLocale(say));
    return { text };
  },
});
