/**
 * Who holds each upcoming term of a rotation. Fairness rules, in order: nobody is given a term
 * while they hold another of the circle's roles, as long as someone else is free; then the
 * participant who served least recently goes first (never served counts as longest ago), so
 * everyone serves once before anyone serves twice; then whoever has held the circle's roles
 * least (so nobody waits months while the first members pass every role among themselves); then
 * whoever holds the fewest roles; then a stable order. Agreed swaps are pinned to term numbers, so editing the cadence (which only
 * moves dates) keeps them; skips and absences pass a term on.
 */
export interface PlanInput {
  /** Participants in their stable order (position ascending). */
  participants: readonly string[];
  /** Last term each participant served (announced terms). */
  lastServed: ReadonlyMap<string, number>;
  /** Terms pinned to a participant by an agreed swap. */
  swaps: ReadonlyMap<number, string>;
  /** Participants who skip a given term. */
  skips: ReadonlyMap<number, ReadonlySet<string>>;
  /** Whether a participant is away at a term's start. */
  isAbsent(participant: string, term: number): boolean;
  /** Optional tie-breaker used before the stable order (the spotlight prefers smaller circles). */
  tieBreak?: (participant: string) => number;
  /** Whether a participant holds another role during a term (they go last). */
  isBusy?: (participant: string, term: number) => boolean;
  /** How many other roles a participant holds at a term's start (fewer goes first). */
  load?: (participant: string, term: number) => number;
  /** How many terms of the circle's roles a participant has held so far (fewer goes first). */
  served?: (participant: string) => number;
}

export interface PlannedTerm {
  term: number;
  /** Undefined when nobody is available for the term. */
  holder: string | undefined;
}

export function planTerms(input: PlanInput, fromTerm: number, count: number): PlannedTerm[] {
  const last = new Map(input.lastServed);
  const order = new Map(input.participants.map((p, i) => [p, i]));
  const planned: PlannedTerm[] = [];
  for (let term = fromTerm; term < fromTerm + count; term++) {
    const pinned = input.swaps.get(term);
    let holder = pinned !== undefined && order.has(pinned) ? pinned : undefined;
    if (holder === undefined) {
      const skipping = input.skips.get(term);
      const reserved = reservedFor(input.swaps, term, input.participants.length);
      const candidates = input.participants.filter(
        (p) => !skipping?.has(p) && !reserved.has(p) && !input.isAbsent(p, term),
      );
      const busy = (p: string) => (input.isBusy?.(p, term) ? 1 : 0);
      candidates.sort(
        (a, b) =>
          busy(a) - busy(b) ||
          (last.get(a) ?? Number.NEGATIVE_INFINITY) - (last.get(b) ?? Number.NEGATIVE_INFINITY) ||
          (input.served?.(a) ?? 0) - (input.served?.(b) ?? 0) ||
          (input.load?.(a, term) ?? 0) - (input.load?.(b, term) ?? 0) ||
          (input.tieBreak?.(a) ?? 0) - (input.tieBreak?.(b) ?? 0) ||
          (order.get(a) ?? 0) - (order.get(b) ?? 0),
      );
      holder = candidates[0];
    }
    if (holder !== undefined) last.set(holder, term);
    planned.push({ term, holder });
  }
  return planned;
}

/**
 * Participants pinned by a swap to one of the next terms (within a round): they wait for their
 * agreed term instead of also being picked now, so a swap only exchanges two terms.
 */
function reservedFor(swaps: ReadonlyMap<number, string>, term: number, round: number): Set<string> {
  const reserved = new Set<string>();
  for (const [pinned, participant] of swaps)
    if (pinned > term && pinned < term + round) reserved.add(participant);
  return reserved;
}
