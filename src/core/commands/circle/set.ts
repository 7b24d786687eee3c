import { z } from "zod";
import { RECALL } from "../../decisions.js";
import { UserError } from "../../errors.js";
import { LOCALES, t } from "../../i18n.js";
import { QUIET_KINDS, type QuietKind } from "../../model.js";
import type { CirclePatch } from "../../ports.js";
import { circleArg, placeArg, shareArg, textArg, timezoneArg } from "../args.js";
import { audit, circleSubject } from "../lookups.js";
import { decisionNote } from "../proposals.js";
import { defineCommand } from "../spec.js";
import { windowArg } from "./window.js";

export default defineCommand({
  group: "circle",
  name: "set",
  summary:
    "Change your circle's purpose, timezone, home, openness, recall rules, language or how it decides (a circle decision).",
  args: z.object({
    circle: circleArg.optional(),
    purpose: textArg(500).optional(),
    tz: timezoneArg.optional(),
    place: placeArg.optional(),
    open: z.stringbool().optional(),
    recall_quorum: shareArg.optional(),
    recall_threshold: shareArg.optional(),
    decide_by: z.enum(["consent", "majority"]).optional(),
    window: windowArg.optional(),
    language: z.enum(LOCALES).optional(),
    quiet: z.string().optional(),
  }),
  positional: ["circle"],
  rest: true,
  policy: "circle-decision",
  subject: (ctx, args) => circleSubject(ctx, args.circle),
  examples: ['circle set Green Valley purpose:"Gardens and seed library" open:no'],
  async handler(ctx, args) {
    const { circle } = ctx.subject;
    const patch: CirclePatch = {};
    const changes: string[] = [];
    const change = <K extends keyof CirclePatch>(key: K, value: CirclePatch[K], label: string) => {
      patch[key] = value;
      changes.push(label);
    };
    const bounded = (field: string, value: number, max: number) => {
      if (value > max) throw new UserError("args.field", { field, problem: t("recall.bounds") });
      return value;
    };
    if (args.purpose !== undefined)
      change("purpose", args.purpose, t("circle.setting_purpose", { value: args.purpose }));
    if (args.tz !== undefined) change("timezone", args.tz, t("circle.setting_timezone", { value: args.tz }));
    if (args.open !== undefined)
      change("open", args.open, t("circle.setting_open", { value: args.open ? "yes" : "no" }));
    if (args.recall_quorum !== undefined) {
      const value = bounded("recall_quorum", args.recall_quorum, RECALL.maxQuorum);
      change("recallQuorum", value, t("circle.setting_recall_quorum", { value: Math.round(value * 100) }));
    }
    if (args.recall_threshold !== undefined) {
      const value = bounded("recall_threshold", args.recall_threshold, RECALL.maxThreshold);
      change(
        "recallThreshold",
        value,
        t("circle.setting_recall_threshold", { value: Math.round(value * 100) }),
      );
    }
    if (args.decide_by !== undefined)
      change("decisionRule", args.decide_by, t("circle.setting_rule", { value: args.decide_by }));
    if (args.window !== undefined)
      change(
        "decisionWindowMinutes",
        args.window.minutes,
        t("circle.setting_window", { value: args.window.text }),
      );
    if (args.quiet !== undefined) {
      const kinds = args.quiet.toLowerCase() === "none" ? [] : args.quiet.split(/[,\s]+/).filter(Boolean);
      if (!kinds.every((k): k is QuietKind => (QUIET_KINDS as readonly string[]).includes(k)))
        throw new UserError("args.field", { field: "quiet", problem: t("circle.quiet_kinds") });
      const quiet = [...new Set(kinds)];
      change("quiet", quiet, t("circle.setting_quiet", { value: quiet.join(", ") || "none" }));
    }
    if (args.language !== undefined)
      change(
        "language",
        args.language,
        t("circle.setting_language", { language: t("language.name", { language: args.language }) }),
      );
    if (args.place !== undefined) {
      const occupant = await ctx.store.circles.byHomePlace(args.place);
      if (occupant && occupant.id !== circle.id)
        throw new UserError("circle.place_taken", { name: occupant.name });
      change("homePlace", args.place, t("circle.setting_home", { value: args.place }));
    }
    if (changes.length === 0) throw new UserError("circle.nothing_to_change");
    await ctx.store.circles.update(circle.id, patch);
    await audit(ctx, { action: "circle.set", circleId: circle.id, details: { ...patch } });
    return {
      text: t("circle.updated", {
        circle: circle.name,
        decision: decisionNote(ctx.decision),
        changes: changes.join(", "),
      }),
    };
  },
});
