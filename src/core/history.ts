import { DateTime } from "luxon";
import { countAnswers } from "./decisions.js";
import { type MessageCode, messageCodes, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import { formatMoney, formatRate, unitOfCode } from "./money.js";
import type { HistoryEntry } from "./record-ports.js";

/**
 * The audit log as plain sentences, one per row, through the message catalogue
 * (`record.action.<action>`). Pure: the rows come with their circle's, federation's and
 * proposal's names. A secret poll's ballot never names its voter (nor, ever, a choice).
 */
export function entrySentence(entry: HistoryEntry, zone: string): string {
  const code = `record.action.${entry.action}` as MessageCode;
  const params = paramsOf(entry, zone);
  if (!KNOWN.has(code))
    return t("record.action_unknown", { actor: params.actor ?? "?", action: entry.action });
  const decided =
    typeof entry.details.proposalId === "number" && !entry.action.startsWith("proposal.")
      ? t("record.decided_by", { id: entry.details.proposalId })
      : "";
  return `${t(code, params)}${decided}`;
}

const KNOWN = new Set<string>(messageCodes().filter((c) => c.startsWith("record.action.")));

/** Whether the catalogue has a sentence for this audit action. */
export function hasSentence(action: string): boolean {
  return KNOWN.has(`record.action.${action}`);
}

type Params = Record<string, string | number>;

const str = (value: unknown, fallback = "?") =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : fallback;
const person = (value: unknown) => (typeof value === "string" && value ? displayPerson(value) : "?");
const ids = (value: unknown) =>
  Array.isArray(value) && value.length ? value.map((id) => `#${id}`).join(", ") : "none";

function paramsOf(entry: HistoryEntry, zone: string): Params {
  const d = entry.details;
  const secret = d.secret === true;
  const counts = (d.counts ?? {}) as Record<string, unknown>;
  const day = (iso: unknown) =>
    typeof iso === "string" ? DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd") : "?";
  const params: Params = {
    actor:
      entry.actor === "system"
        ? t("record.system")
        : secret
          ? t("record.someone")
          : displayPerson(entry.actor),
    circle: entry.circleName ?? "?",
    federation: entry.federationName ?? "?",
    person: person(d.person ?? d.with),
    delegate: person(d.delegate),
    mandate: str(d.mandateId),
    poll: str(d.pollId),
    proposal: str(d.proposalId),
    title: entry.proposalTitle ?? str(d.title),
    rotation: str(d.rotationId),
    role: str(d.role),
    term: str(d.term),
    domain: str(d.domain),
    reflection: str(d.reflectionId),
    request: str(d.requestId),
    offer: str(d.offerId),
    convergence: str(d.convergenceId),
    ritual: str(d.ritualId),
    story: str(d.storyId),
    question: str(d.question),
    scope: str(d.scope),
    text: str(d.text),
    secret: secret ? "yes" : "no",
    invited: d.invited === true ? "yes" : "no",
    founding: d.founding === true ? "yes" : "no",
    announced: d.announced === true ? "yes" : "no",
    show: d.show === true ? "yes" : "no",
    amended: d.amended === true ? "yes" : "no",
    mandates: ids(d.endedMandates),
    decisions: ids(d.decisions),
    choice: typeof d.choice === "number" ? d.choice + 1 : "?",
    from: day(d.startsAt),
    until: day(d.endsAt),
    date:
      typeof d.month === "number" && typeof d.day === "number"
        ? `${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`
        : day(d.occurrenceAt),
    changes: settingNames(d),
    cast: str(d.cast),
    eligible: str(d.eligible),
    counts: Array.isArray(d.counts) ? d.counts.join(" · ") : "?",
    winner: typeof d.winner === "number" ? d.winner + 1 : "none",
    entry: str(d.entryId),
    reverses: str(d.reverses),
    fund: str(d.fundId),
    amount: money(d.amount, d.unit),
    limit: money(d.limit, d.unit),
    threshold: money(d.threshold, d.unit),
    rate: typeof d.rateBp === "number" ? formatRate(d.rateBp) : "?",
    donation: d.donation === true ? "yes" : "no",
    tally: t("proposal.tally", {
      ...countAnswers([]),
      ...Object.fromEntries(
        ["agree", "abstain", "object", "block", "silent"].map((k) => [k, Number(d[k] ?? counts[k] ?? 0)]),
      ),
    }),
  };
  return params;
}

/** An amount written in minor units (a string, as the treasury records it) in its unit. */
function money(amount: unknown, unit: unknown): string {
  if (typeof amount !== "string" || !/^-?\d{1,30}$/.test(amount)) return "?";
  return typeof unit === "string" && unit ? formatMoney(BigInt(amount), unitOfCode(unit)) : amount;
}

/**
 * The settings a `set` row changed, as people call them (`decision window, longest mandate`),
 * never the internal field names the row keeps.
 */
function settingNames(details: Record<string, unknown>): string {
  const names = Object.keys(details)
    .filter((k) => k !== "proposalId")
    .map((name) =>
      t("record.setting", { name, spaced: name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() }),
    );
  return names.length ? names.join(", ") : "?";
}

/** What a history page shows, and where the next one starts. */
export interface HistoryPage {
  text: string;
  /** The cursor of the next (older) page: `before:<id>`; undefined when this one reached the start. */
  nextBefore: number | undefined;
}

/**
 * Lays out one page: a title, one line per entry (its moment in `zone` and its sentence), and
 * how to ask for older entries. Lines are added while the page stays within `maxChars` (a
 * Discord message is 2,000 characters; a Matrix notice reads well at that length too), so a
 * page may show fewer entries than were read; the next page starts right after the last shown.
 * `more` is whether entries beyond those given exist.
 */
export function historyPage(
  entries: readonly HistoryEntry[],
  opts: {
    scope: string;
    zone: string;
    filters: string;
    more: boolean;
    /** The command that shows the page after a given entry. */
    nextCommand: (before: number) => string;
    maxChars: number;
  },
): HistoryPage {
  const filters = opts.filters || "none";
  if (entries.length === 0)
    return { text: t("record.history_none", { scope: opts.scope, filters }), nextBefore: undefined };
  const title = t("record.history_title", { scope: opts.scope, filters, zone: opts.zone });
  const lines: string[] = [];
  let used = title.length;
  // Room for the "Older: …" line whatever the cursor's digits.
  const footerRoom = t("record.history_more", { command: opts.nextCommand(2_147_483_647) }).length + 1;
  let shown = 0;
  for (const entry of entries) {
    const line = t("record.history_row", {
      when: DateTime.fromJSDate(entry.at, { zone: opts.zone }).toFormat("yyyy-MM-dd HH:mm"),
      sentence: oneLine(entrySentence(entry, opts.zone)),
    });
    const clipped = line.length > 400 ? `${line.slice(0, 399)}…` : line;
    if (shown > 0 && used + 1 + clipped.length + footerRoom > opts.maxChars) break;
    lines.push(clipped);
    used += 1 + clipped.length;
    shown += 1;
  }
  const last = entries[shown - 1];
  const moreLeft = shown < entries.length || opts.more;
  const nextBefore = moreLeft && last ? last.id : undefined;
  const footer =
    nextBefore !== undefined
      ? t("record.history_more", { command: opts.nextCommand(nextBefore) })
      : t("record.history_start");
  return { text: [title, ...lines, footer].join("\n"), nextBefore };
}

/** A sentence on one line: text people typed may hold newlines. */
function oneLine(text: string): string {
  return text
    .split("\n")
    .map((part) => part.trim())
    .join(" ⏎ ");
}
