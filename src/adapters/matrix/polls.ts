import type { PollStartPayload } from "../../core/ports.js";
import type { OutgoingEvent } from "./render.js";

/** MSC3381 event types, unstable (what Element sends today) and stable. */
export const POLL_START = "org.matrix.msc3381.poll.start";
export const POLL_END = "org.matrix.msc3381.poll.end";
export const POLL_RESPONSE_TYPES = ["org.matrix.msc3381.poll.response", "m.poll.response"] as const;
export const POLL_END_TYPES = [POLL_END, "m.poll.end"] as const;

/** MSC1767's unstable text block, the fallback Element reads and writes. */
const TEXT = "org.matrix.msc1767.text";

/** The answer id of option `n` (1-based): the option number itself, so `poll vote <id> <n>` is the same vote. */
export const answerId = (n: number): string => String(n);

/**
 * A poll start in Element's form: the question, one answer per option (ids "1", "2", …), a
 * single choice, results shown live (`disclosed`) or only at the end for secret polls
 * (`undisclosed`; the responses themselves are still events in the room). The text fallback
 * lists the options and how to vote by command, for clients without polls.
 */
export function pollStartEvent(payload: PollStartPayload, text: string): OutgoingEvent {
  const title = text.split("\n")[0]?.trim() || payload.question;
  const fallback = commandsForMatrix(text);
  return {
    type: POLL_START,
    content: {
      [POLL_START]: {
        question: { [TEXT]: title, body: title, msgtype: "m.text" },
        kind: payload.secret ? "org.matrix.msc3381.poll.undisclosed" : "org.matrix.msc3381.poll.disclosed",
        max_selections: 1,
        answers: payload.options.map((option, i) => ({ id: answerId(i + 1), [TEXT]: option })),
      },
      [TEXT]: fallback,
      body: fallback,
    },
  };
}

/** A poll end relating to its start (`m.reference`), with the counted result as its text fallback. */
export function pollEndEvent(startEventId: string, text: string): OutgoingEvent {
  return {
    type: POLL_END,
    content: {
      "m.relates_to": { rel_type: "m.reference", event_id: startEventId },
      [POLL_END]: {},
      [TEXT]: text,
      body: text,
    },
  };
}

/** Core texts name the vote command bare (`poll vote 3 <number>`); in Matrix it starts with `!jura`. */
function commandsForMatrix(text: string): string {
  return text.replace(/(^|[^\w!/-])\/?poll (vote|unvote|show) /g, "$1!jura poll $2 ");
}

/** What a poll response event says: the start event it answers and the answer ids chosen. */
export interface PollResponse {
  startEventId: string;
  answers: string[];
}

/**
 * Reads a poll response of either type: unstable `org.matrix.msc3381.poll.response: {answers}`,
 * matrix-js-sdk's stable `m.poll.response: {answers}`, or the MSC's final `m.selections`. The
 * relation must be an `m.reference` to the start event. Undefined for anything malformed.
 */
export function readPollResponse(content: unknown): PollResponse | undefined {
  if (typeof content !== "object" || content === null) return undefined;
  const c = content as Record<string, unknown>;
  const relation = c["m.relates_to"] as { rel_type?: unknown; event_id?: unknown } | undefined;
  if (relation?.rel_type !== "m.reference" || typeof relation.event_id !== "string") return undefined;
  const block = (c["org.matrix.msc3381.poll.response"] ?? c["m.poll.response"]) as
    | { answers?: unknown }
    | undefined;
  const answers = block?.answers ?? c["m.selections"];
  if (!Array.isArray(answers) || !answers.every((a) => typeof a === "string")) return undefined;
  return { startEventId: relation.event_id, answers: answers as string[] };
}

/**
 * The option number a response chooses: its first answer (max_selections is 1, and MSC3381 says
 * extra selections are dropped), when it is one of our ids. Undefined for no or an unknown answer.
 */
export function chosenOption(answers: readonly string[]): number | undefined {
  const first = answers[0];
  return first !== undefined && /^[1-9]\d?$/.test(first) ? Number(first) : undefined;
}

/** A poll someone started with their client's poll feature: its question and answers. */
export interface PeoplesPoll {
  question: string;
  answers: Array<{ id: string; text: string }>;
}

const textOf = (block: unknown): string | undefined => {
  if (typeof block === "string") return block;
  if (typeof block !== "object" || block === null) return undefined;
  const b = block as Record<string, unknown>;
  const value = b[TEXT] ?? b.body;
  return typeof value === "string" ? value : undefined;
};

/**
 * Reads an `org.matrix.msc3381.poll.start` as Element sends it. Undefined for anything malformed,
 * or with fewer than 2 or more than 20 answers (Jura's limits).
 */
export function readPollStart(content: unknown): PeoplesPoll | undefined {
  if (typeof content !== "object" || content === null) return undefined;
  const block = (content as Record<string, unknown>)[POLL_START] as Record<string, unknown> | undefined;
  const question = textOf(block?.question)?.trim();
  const answers = Array.isArray(block?.answers) ? block.answers : [];
  const read = answers.flatMap((a) => {
    const id = (a as Record<string, unknown> | null)?.id;
    const text = textOf(a)?.trim();
    return typeof id === "string" && text ? [{ id, text }] : [];
  });
  if (!question || read.length < 2 || read.length > 20 || read.length !== answers.length) return undefined;
  return { question, answers: read };
}

/** `poll start "<question>" options:"a|b|c"`, quoted so any text survives the parser. */
export function pollStartCommand(poll: PeoplesPoll): string {
  const quote = (s: string) => `"${s.replace(/[\\"]/g, "\\$&").replace(/\s+/g, " ")}"`;
  const options = poll.answers.map((a) => a.text.replace(/\|/g, "/")).join("|");
  return `poll start ${quote(poll.question)} options:${quote(options)}`;
}
