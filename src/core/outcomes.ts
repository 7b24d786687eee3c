import { t } from "./i18n.js";
import type { Mandate, Poll, Proposal } from "./model.js";
import { formatMoment } from "./time.js";

/**
 * How decisions ended, as lists show them: a poll's result, a proposal's outcome, why a mandate
 * ended and by which decision. Pure; read from what the store kept when each closed.
 */

/** `closed: Yes 3 · No 1; carried: Yes`, from the count the poll closed with. */
export function pollOutcome(poll: Pick<Poll, "options" | "result">): string {
  const result = poll.result ?? {};
  const counts = Array.isArray(result.counts) ? (result.counts as unknown[]) : [];
  const winner = typeof result.winner === "number" ? poll.options[result.winner] : undefined;
  return t("record.poll_outcome", {
    counts: poll.options.map((option, i) => `${option} ${Number(counts[i] ?? 0)}`).join(" · "),
    winner: winner ?? "none",
  });
}

/** `passed (3 agree, 0 abstain, …)`, from the counts the proposal closed with. */
export function proposalOutcome(proposal: Pick<Proposal, "status" | "outcome">): string {
  const o = proposal.outcome ?? {};
  const n = (key: string) => Number(o[key] ?? 0);
  if (!proposal.outcome) return proposal.status;
  return t("record.proposal_outcome", {
    status: proposal.status,
    tally: t("proposal.tally", {
      agree: n("agree"),
      abstain: n("abstain"),
      object: n("object"),
      block: n("block"),
      silent: n("silent"),
    }),
  });
}

/** `poll #3`, `proposal #7`: the decision a mandate's end names (`poll:3`, `proposal:7`). */
export function decisionRef(ref: string | null): string {
  const match = ref ? /^(poll|proposal):(\d+)$/.exec(ref) : null;
  if (!match) return "none";
  return t(match[1] === "poll" ? "record.decision_ref.poll" : "record.decision_ref.proposal", {
    id: Number(match[2]),
  });
}

/** Why and when an ended mandate ended (`recalled 2026-05-02 10:00 (Europe/Paris) by poll #3`). */
export function mandateEnding(mandate: Mandate, zone: string): string {
  const when = formatMoment(mandate.endedAt ?? mandate.expiresAt, zone);
  const reason = mandate.endReason ?? (mandate.status === "expired" ? "expired" : undefined);
  if (!reason) return `${mandate.status} ${when}`;
  return t(`record.mandate_ended.${reason}`, { when, decision: decisionRef(mandate.endDecision) });
}
