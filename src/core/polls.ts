import { inLocale, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import type { Poll } from "./model.js";
import type { Store } from "./ports.js";
import { requestRoleSync } from "./role-sync.js";
import { describeTurnout, type Tally, tally } from "./tally.js";

/** Outbox key of a poll's own message; its end is sent in relation to it. */
export const pollStartKey = (pollId: number) => `poll:${pollId}:start`;

/** Counts a poll from the store: the roster snapshot and each voter's latest choice. */
export async function countPoll(
  store: Store,
  poll: Poll,
): Promise<{ result: Tally; votersByOption: string[][] }> {
  const { eligible, ballots } = await store.polls.ballots(poll.id);
  const result = tally({
    options: poll.options,
    eligible: new Set(eligible),
    ballots,
    quorum: poll.quorum,
    threshold: poll.threshold,
  });
  const votersByOption = poll.options.map((_, i) =>
    ballots.filter((b) => b.choice === i).map((b) => b.voter),
  );
  return { result, votersByOption };
}

/** `Yes 4 · No 1`, and for public polls who chose what. */
export function describeCounts(poll: Poll, result: Tally, votersByOption: string[][]): string {
  return poll.options
    .map((option, i) => {
      const voters =
        !poll.secret && votersByOption[i]?.length
          ? ` (${votersByOption[i]?.map(displayPerson).join(", ")})`
          : "";
      return `${option}: ${result.counts[i] ?? 0}${voters}`;
    })
    .join(" · ");
}

/**
 * Closes a poll whose time is up and announces the result where it was started. A recall poll
 * that passes ends the mandate at once (the federation is told); one that fails leaves it.
 */
export async function closePoll(store: Store, poll: Poll, now: Date): Promise<void> {
  const { result, votersByOption } = await countPoll(store, poll);
  await store.polls.close(poll.id, now, { ...result });
  const circle = await store.circles.byId(poll.circleId);
  const federation = circle?.federationId ? await store.federations.byId(circle.federationId) : undefined;
  await store.audit.record({
    at: now,
    actor: "system",
    action: "poll.close",
    circleId: poll.circleId,
    federationId: federation?.id ?? null,
    details: {
      pollId: poll.id,
      counts: result.counts,
      cast: result.cast,
      eligible: result.eligible,
      winner: result.winner ?? null,
    },
  });
  const places = [poll.place, circle?.homePlace ?? null];
  let outcome = (): string =>
    result.winner === undefined
      ? t("poll.no_winner")
      : t("poll.result", { option: poll.options[result.winner] ?? "?" });
  if (poll.kind === "recall" && poll.mandateId !== null) {
    const mandate = await store.mandates.byId(poll.mandateId);
    const who = () => (mandate ? displayPerson(mandate.delegate) : t("recall.the_delegate"));
    if (recallPassed(result, poll) && mandate?.status === "active") {
      await store.mandates.end(mandate.id, "ended", now, "recalled", `poll:${poll.id}`);
      await requestRoleSync(store, now, [mandate], "recalled");
      await store.audit.record({
        at: now,
        actor: "system",
        action: "mandate.recall",
        circleId: poll.circleId,
        federationId: federation?.id ?? null,
        details: { mandateId: mandate.id, pollId: poll.id },
      });
      outcome = () =>
        t("recall.passed_notice", {
          circle: circle?.name ?? "?",
          person: who(),
          mandate: mandate.id,
          scope: mandate.scope,
        });
    } else {
      const mandateId = poll.mandateId;
      outcome = () =>
        t("recall.failed_notice", {
          quorum: result.quorumMet ? "met" : "missed",
          mandate: mandateId,
          person: who(),
        });
    }
    places.push(federation?.announcePlace ?? null);
  }
  // Said in each receiving place's language (the circle's room, the federation's).
  const text = inLocale(() =>
    [
      t("poll.closed_title", { id: poll.id, question: poll.question }),
      describeCounts(poll, result, votersByOption),
      `${describeTurnout(result, poll.quorum)}.`,
      outcome(),
    ].join("\n"),
  );
  for (const place of new Set(places)) {
    if (!place) continue;
    const payload =
      place === poll.place
        ? {
            type: "poll-end" as const,
            pollId: poll.id,
            counts: result.counts,
            winner: result.winner ?? null,
            relatesToKey: pollStartKey(poll.id),
          }
        : null;
    await store.outbox.add({
      key: `poll:${poll.id}:closed:${place}`,
      place,
      text,
      createdAt: now,
      payload,
    });
  }
}

/**
 * A recall passes when the quorum is met and the share of votes cast for "Recall" (option 0)
 * exceeds the poll's threshold, which recall rules keep at most one half: a tie between
 * "Recall" and "Keep" under a lower threshold still recalls, as the circle asked.
 */
export function recallPassed(result: Tally, poll: Pick<Poll, "threshold">): boolean {
  const recall = result.counts[0] ?? 0;
  return result.quorumMet && result.cast > 0 && recall / result.cast > poll.threshold;
}
