/** A raw event from a sync or /messages response; nothing in it is trusted. */
export type RawEvent = Record<string, unknown>;

const isState = (event: RawEvent) => typeof event.state_key === "string";

/**
 * Drops the non-state events of a joined room's timeline that precede the bot's own join in the
 * same batch: they were said before the bot was there (history a new member can see), and
 * acting on them would run commands nobody addressed to it. State events stay, so membership
 * and power levels are still tracked.
 */
export function dropBeforeOwnJoin(events: RawEvent[], userId: string): RawEvent[] {
  let joinedAt = -1;
  events.forEach((event, index) => {
    const content = event.content as { membership?: unknown } | undefined;
    const previous = (event.unsigned as { prev_content?: { membership?: unknown } } | undefined)
      ?.prev_content;
    if (
      event.type === "m.room.member" &&
      event.state_key === userId &&
      content?.membership === "join" &&
      previous?.membership !== "join"
    ) {
      joinedAt = index;
    }
  });
  if (joinedAt <= 0) return events;
  return events.filter((event, index) => index >= joinedAt || isState(event));
}

/**
 * The first sync of an account (no stored token) shows recent history: keep only its state
 * events, so a fresh database never replays commands from before the bot started.
 */
export function stateOnly(events: RawEvent[]): { kept: RawEvent[]; skipped: number } {
  const kept = events.filter(isState);
  return { kept, skipped: events.length - kept.length };
}

/** Joins a back-filled gap (oldest first) onto a timeline, without repeating an event. */
export function prependGap(gap: RawEvent[], timeline: RawEvent[]): RawEvent[] {
  const seen = new Set(timeline.map((e) => e.event_id));
  return [...gap.filter((e) => typeof e.event_id === "string" && !seen.has(e.event_id)), ...timeline];
}
