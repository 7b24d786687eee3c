/**
 * How a circle (or a federation of circles) decides. Pure rules, no I/O.
 *
 * A proposal has voices: the circle's members when it opened (or, at federation level, the
 * federation's circles, one voice each), minus anyone it concerns in a way that would make them
 * judge their own case (the member a removal is about). Each voice answers agree, abstain,
 * object (with a reason) or block; only its latest answer counts.
 *
 * - `consent` (the default): at the end of the window it passes if at least one voice other than
 *   the proposer's agreed and nobody objects or blocks. An objection opens a vote instead (a
 *   second window), so one objection asks for discussion rather than ending everything; a block
 *   ends the proposal.
 * - `majority`: a vote from the start: at the end, at least half of the voices answered and more
 *   than half of the agree/object answers agree, including at least one voice other than the
 *   proposer's.
 * - `acceptance`: one person is asked (a swap of terms, a role offered to them): it passes as
 *   soon as they agree and is declined as soon as they object; unanswered, it lapses.
 *
 * When the proposal names a person (a mandate, a role), that person's acceptance is needed too:
 * their agreement, or their being the proposer. A named person who objects declines at once.
 */

export const ANSWERS = ["agree", "abstain", "object", "block"] as const;
export type Answer = (typeof ANSWERS)[number];
export type DecisionRule = "consent" | "majority";
export type ProposalRule = DecisionRule | "acceptance";
export type Stage = "consent" | "vote";

export interface VoiceAnswer {
  /** A person id, or `circle:<id>` at federation level. */
  voice: string;
  answer: Answer | null;
}

export interface DecisionState {
  rule: ProposalRule;
  stage: Stage;
  /** The proposer's voice (their person id, or their circle at federation level). */
  proposer: string;
  /** The voice whose acceptance the proposal needs, if it names someone. */
  concerned: string | null;
  voices: readonly VoiceAnswer[];
}

export interface Counts {
  agree: number;
  abstain: number;
  object: number;
  block: number;
  silent: number;
  voices: number;
}

export type Verdict =
  /** Nothing decided yet: keep the window open. */
  | { kind: "open" }
  | { kind: "passed" }
  /** The person it names declined, or the vote went against it. */
  | { kind: "rejected"; why: "declined" | "vote" | "quorum" }
  | { kind: "blocked" }
  /** It ran out without what it needed. */
  | { kind: "lapsed"; why: "no_support" | "not_accepted" }
  /** Objections at the end of the consent window: it becomes a vote for another window. */
  | { kind: "to_vote" };

export function countAnswers(voices: readonly VoiceAnswer[]): Counts {
  const counts: Counts = { agree: 0, abstain: 0, object: 0, block: 0, silent: 0, voices: voices.length };
  for (const { answer } of voices) counts[answer ?? "silent"] += 1;
  return counts;
}

/** Share of the voices that must answer in a vote. */
export const VOTE_QUORUM = 0.5;

/**
 * What a proposal's answers mean now. `ended` says the window is over; before that only an
 * acceptance (or a named person's refusal) settles anything, so nobody can rush a decision.
 */
export function decide(state: DecisionState, ended: boolean): Verdict {
  const answerOf = (voice: string | null) => state.voices.find((v) => v.voice === voice)?.answer ?? null;
  const concerned = state.concerned;
  const concernedAnswer = concerned === null ? null : answerOf(concerned);
  const accepted = concerned === null || concerned === state.proposer || concernedAnswer === "agree";
  if (concerned !== null && concerned !== state.proposer) {
    if (concernedAnswer === "object" || concernedAnswer === "block")
      return { kind: "rejected", why: "declined" };
  }
  if (state.rule === "acceptance") {
    if (concernedAnswer === "agree") return { kind: "passed" };
    return ended ? { kind: "lapsed", why: "not_accepted" } : { kind: "open" };
  }
  if (!ended) return { kind: "open" };
  const counts = countAnswers(state.voices);
  if (counts.block > 0) return { kind: "blocked" };
  const support = state.voices.some((v) => v.answer === "agree" && v.voice !== state.proposer);
  if (state.rule === "consent" && state.stage === "consent") {
    if (counts.object > 0) return { kind: "to_vote" };
    if (!support) return { kind: "lapsed", why: "no_support" };
    return accepted ? { kind: "passed" } : { kind: "lapsed", why: "not_accepted" };
  }
  const answered = counts.voices - counts.silent;
  if (counts.voices === 0 || answered / counts.voices < VOTE_QUORUM)
    return { kind: "rejected", why: "quorum" };
  if (!(counts.agree * 2 > counts.agree + counts.object) || !support)
    return { kind: "rejected", why: "vote" };
  return accepted ? { kind: "passed" } : { kind: "lapsed", why: "not_accepted" };
}

/** Decision windows, in minutes: "slow inside", never rushed, never endless. */
export const WINDOW = {
  circleDefault: 48 * 60,
  federationDefault: 7 * 24 * 60,
  min: 12 * 60,
  max: 14 * 24 * 60,
  /** How long a person has to accept a swap or a role offered to them. */
  acceptance: 7 * 24 * 60,
} as const;

/** When silent voices are reminded: a quarter of the window before it closes, at most 12 hours before. */
export function reminderAt(opensAt: Date, closesAt: Date): Date {
  const span = closesAt.getTime() - opensAt.getTime();
  return new Date(closesAt.getTime() - Math.min(span / 4, 12 * 3_600_000));
}

/**
 * Recall rules are bounded so a circle can make recall easier, never harder: a quorum of at
 * most half the roster, and a recall carried by more than half of the votes cast (a circle may
 * lower that share). A recall poll closes within a week.
 */
export const RECALL = { maxQuorum: 0.5, maxThreshold: 0.5, maxDays: 7 } as const;

/** Longest mandate unless the federation sets otherwise (about six months). */
export const MANDATE_DEFAULT_MAX_DAYS = 183;
