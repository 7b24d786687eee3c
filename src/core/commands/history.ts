import { DateTime } from "luxon";
import { z } from "zod";
import { UserError } from "../errors.js";
import { historyPage } from "../history.js";
import { t } from "../i18n.js";
import { displayPerson, type PersonId } from "../ids.js";
import type { HistoryFilter, HistoryScope } from "../record-ports.js";
import { idArg, personArg } from "./args.js";
import type { CommandContext } from "./spec.js";

/** Entries read for one page; the page shows as many as fit in {@link PAGE_CHARS}. */
export const PAGE_ENTRIES = 25;
/** A page stays under Discord's 2,000 characters, with room for its mentions and times to grow. */
export const PAGE_CHARS = 1_800;

/** The filters both `circle history` and `federation history` take. */
export const historyArgs = {
  kind: z
    .string()
    .regex(/^[a-z]{1,24}$/, t("record.bad_kind"))
    .optional(),
  person: personArg.optional(),
  from: z.string().max(20).optional(),
  until: z.string().max(20).optional(),
  before: idArg.optional(),
};

interface HistoryArgs {
  kind?: string | undefined;
  person?: PersonId | undefined;
  from?: string | undefined;
  until?: string | undefined;
  before?: number | undefined;
}

/** Reads `from:` and `until:` in `zone`: a date, or (for from:) a span back from now. */
function dayBound(text: string, zone: string, now: Date, field: "from" | "until"): Date {
  const span = /^(\d{1,4})\s*(d|w|mo|y)$/i.exec(text.trim());
  if (span && field === "from") {
    const unit = { d: "days", w: "weeks", mo: "months", y: "years" }[span[2]?.toLowerCase() ?? "d"] ?? "days";
    return DateTime.fromJSDate(now, { zone })
      .minus({ [unit]: Number(span[1]) })
      .toJSDate();
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? DateTime.fromISO(text.trim(), { zone }) : undefined;
  if (!day?.isValid)
    throw new UserError("args.field", {
      field,
      problem: t(field === "from" ? "time.invalid" : "time.invalid"),
    });
  return (field === "from" ? day.startOf("day") : day.plus({ days: 1 }).startOf("day")).toJSDate();
}

/**
 * Reads one page of a circle's or federation's history and lays it out; `command` is how the
 * next page is asked for (the same command and filters, `before:` the last entry shown).
 */
export async function historyReply(
  ctx: CommandContext,
  scope: HistoryScope,
  args: HistoryArgs,
  where: { name: string; zone: string; command: string },
): Promise<string> {
  const filter: HistoryFilter = { limit: PAGE_ENTRIES + 1 };
  const shown: string[] = [];
  const kept: string[] = [];
  if (args.kind) {
    filter.kind = args.kind;
    shown.push(`kind:${args.kind}`);
  }
  if (args.person) {
    filter.person = args.person;
    shown.push(`person:${displayPerson(args.person)}`);
  }
  if (args.from) {
    filter.from = dayBound(args.from, where.zone, ctx.now, "from");
    shown.push(`from:${args.from}`);
  }
  if (args.until) {
    filter.until = dayBound(args.until, where.zone, ctx.now, "until");
    shown.push(`until:${args.until}`);
  }
  kept.push(...shown);
  if (args.before !== undefined) filter.beforeId = args.before;
  const entries = await ctx.store.record.history(scope, filter);
  const page = historyPage(entries.slice(0, PAGE_ENTRIES), {
    scope: where.name,
    zone: where.zone,
    filters: shown.join(" "),
    more: entries.length > PAGE_ENTRIES,
    nextCommand: (before) => [where.command, ...kept, `before:${before}`].join(" "),
    maxChars: PAGE_CHARS,
  });
  return page.text;
}

/** A name as typed in a command: quoted when it has spaces. */
export function quotedName(name: string): string {
  return /\s/.test(name) ? `"${name}"` : name;
}
