import { z } from "zod";
import { t } from "../i18n.js";
import type { Circle, Federation } from "../model.js";
import { federationPath, LINK_DAYS, signLink } from "../page-links.js";
import { collectRecord, RECORD_TABLES } from "../record-export.js";
import { recordJson, tableCsv } from "../record-format.js";
import { formatMoment } from "../time.js";
import type { CommandContext } from "./spec.js";

/** The arguments both export commands take. */
export const exportArgs = {
  table: z.enum(RECORD_TABLES).optional(),
  format: z.enum(["csv", "json"]).default("csv"),
};

/** What a chat message may hold of an export shown inline (Discord's 2,000, less the frame). */
const INLINE_CHARS = 1_700;

/**
 * A federation's page link for this member: the public address, or one signed for them that
 * works {@link LINK_DAYS} days; undefined when the page is off.
 */
export async function pageLink(
  ctx: CommandContext,
  federation: Federation,
  path = "",
): Promise<{ url: string; until?: Date; visibility: "public" | "members" } | undefined> {
  const page = await ctx.store.record.page(federation.id);
  const base = `${ctx.site?.publicUrl ?? ""}${federationPath(federation.name)}${path}`;
  if (page.visibility === "off") return undefined;
  if (page.visibility === "public") return { url: base, visibility: "public" };
  const until = new Date(ctx.now.getTime() + LINK_DAYS * 86_400_000);
  const key = await signLink(page.key, federation.id, until);
  return { url: `${base}?key=${key}`, until, visibility: "members" };
}

/**
 * `federation export` and `circle export`: links to the record's JSON and CSV files on Jura's
 * HTTP server (signed for members when the page is for members), and, with `table:`, that
 * table in the message itself when it fits.
 */
export async function exportReply(
  ctx: CommandContext,
  scope: { federation: Federation } | { circle: Circle; federation: Federation | undefined },
  args: { table?: (typeof RECORD_TABLES)[number] | undefined; format: "csv" | "json" },
): Promise<string> {
  const federation = scope.federation;
  const name = "circle" in scope ? scope.circle.name : scope.federation?.name;
  const circlePath = "circle" in scope ? `/circles/${encodeURIComponent(scope.circle.name)}` : "";
  const lines: string[] = [];
  let linked = false;
  if (!federation) {
    lines.push(t("record.export_chat_only", { scope: name ?? "?" }));
  } else {
    const json = await pageLink(ctx, federation, `${circlePath}/record.json`);
    const csv = await pageLink(ctx, federation, `${circlePath}/${args.table ?? "decisions"}.csv`);
    if (json && csv) {
      linked = true;
      lines.push(
        t("record.export_links", {
          scope: name ?? "?",
          visibility: json.visibility,
          until: json.until ? formatMoment(json.until, federation.timezone) : "",
          json: json.url,
          csv: args.table
            ? csv.url
            : `${csv.url.replace("/decisions.csv", "/<table>.csv")} (${RECORD_TABLES.join(", ")})`,
        }),
      );
    } else {
      lines.push(t("record.export_off", { scope: name ?? "?", inline: args.table ? "yes" : "no" }));
    }
  }
  const table = args.table ?? (!federation ? "decisions" : undefined);
  if (table) {
    const record = await collectRecord(
      ctx.store,
      "circle" in scope ? { circle: scope.circle } : { federation: scope.federation },
      ctx.now,
      [table],
    );
    const body = args.format === "json" ? recordJson(record) : (tableCsv(record, table) ?? "");
    const rows = record.tables[0]?.rows.length ?? 0;
    if (body.length <= INLINE_CHARS)
      lines.push(t("record.export_table", { table, format: args.format }), body.trimEnd());
    else lines.push(t("record.export_too_long", { table, rows, links: linked ? "yes" : "no" }));
  }
  return lines.join("\n");
}
