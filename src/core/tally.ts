import { t } from "./i18n.js";
/**
 * Counting a poll. Only people on the roster snapshot taken when the poll opened count, and
 * only their latest choice; turnout is measured against that roster. An option wins when the
 * quorum is met and its share of the votes cast is strictly above the threshold (0.5 means
 * "more than half"), and no other option has as many votes.
 */
export interface Ballot {
  voter: string;
  choice: number;
  at: Date;
}

export interface TallyInput {
  options: readonly string[];
  eligible: ReadonlySet<string>;
  ballots: readonly Ballot[];
  quorum: number;
  threshold: number;
}

export interface Tally {
  counts: number[];
  cast: number;
  eligible: number;
  turnout: number;
  quorumMet: boolean;
  /** Index of the winning option, or undefined (no quorum, no option above threshold, or a tie). */
  winner: number | undefined;
}

export function tally(input: TallyInput): Tally {
  const latest = new Map<string, Ballot>();
  for (const ballot of input.ballots) {
    if (!input.eligible.has(ballot.voter)) continue;
    if (ballot.choice < 0 || ballot.choice >= input.options.length) continue;
    const seen = latest.get(ballot.voter);
    if (!seen || ballot.at >= seen.at) latest.set(ballot.voter, ballot);
  }
  const counts = input.options.map(() => 0);
  for (const { choice } of latest.values()) counts[choice] = (counts[choice] ?? 0) + 1;
  const cast = latest.size;
  const eligible = input.eligible.size;
  const turnout = eligible === 0 ? 0 : cast / eligible;
  const quorumMet = eligible > 0 && turnout >= input.quorum;
  const top = Math.max(0, ...counts);
  const leaders = counts.flatMap((c, i) => (c === top ? [i] : []));
  const winner =
    quorumMet && cast > 0 && leaders.length === 1 && top / cast > input.threshold ? leaders[0] : undefined;
  return { counts, cast, eligible, turnout, quorumMet, winner };
}

/** "3 of 6 voted (50 %), quorum 50 % met" */
export function describeTurnout(result: Tally, quorum: number): string {
  return t("poll.turnout", {
    cast: result.cast,
    eligible: result.eligible,
    turnout: Math.round(result.turnout * 100),
    quorum: Math.round(quorum * 100),
    met: result.quorumMet ? "yes" : "no",
  });
}
