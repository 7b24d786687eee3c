import { agendaLines, occurrenceDay } from "../../convergence-record.js";
import { t } from "../../i18n.js";
import { proposalOutcome } from "../../outcomes.js";
import type { Convergence, Store } from "../../ports.js";

/** How many past meetings `convergence show` recalls with their minutes. */
const MINUTES_SHOWN = 3;

/**
 * What a convergence's record adds to `convergence show`: the agenda the circles collected for
 * its next meeting, and the minutes of its latest meetings with the decisions taken there.
 */
export async function convergenceRecordLines(
  store: Store,
  c: Convergence,
  next: Date | undefined,
): Promise<string[]> {
  const lines: string[] = [];
  if (next) {
    const items = await store.record.agenda(c.id, next);
    if (items.length) {
      const circles = await store.circles.byIds([
        ...new Set(items.flatMap((i) => (i.circleId ? [i.circleId] : []))),
      ]);
      lines.push(
        t("record.agenda_title", { date: occurrenceDay(c, next) }),
        ...agendaLines(items, new Map(circles.map((x) => [x.id, x.name]))),
      );
    }
  }
  const minutes = (await store.record.minutes(c.id)).slice(0, MINUTES_SHOWN);
  const linked = await store.record.linkedDecisions(c.id);
  for (const m of minutes) {
    lines.push(
      t("record.minutes_row", {
        date: occurrenceDay(c, m.occurrenceAt),
        text: m.text || "none",
        link: m.link || "none",
      }),
    );
    const here = linked.filter((d) => d.occurrenceAt.getTime() === m.occurrenceAt.getTime());
    if (here.length) lines.push(t("record.convergence_decisions"));
    for (const d of here) {
      const proposal = await store.proposals.byId(d.proposalId);
      if (proposal)
        lines.push(
          t("record.decision_row", {
            id: proposal.id,
            title: proposal.title,
            outcome: proposalOutcome(proposal),
          }),
        );
    }
  }
  return lines;
}
