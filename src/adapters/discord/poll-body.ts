import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
  PollLayoutType,
  type RESTPostAPIChannelMessageJSONBody,
} from "discord-api-types/v10";
import type { PollStartPayload } from "../../core/ports.js";
import { NOBODY } from "./mentions.js";
import { clip, renderText, toDiscord } from "./render.js";

/** Discord's limits for native polls (documented; the double enforces them too). */
export const NATIVE_POLL = { question: 300, answer: 55, answers: 10, maxHours: 768 } as const;

const HOUR_MS = 3_600_000;
const VOTE_PREFIX = "jura:vote:";

/** Hours a native poll must run to stay open until `closesAt` (Jura ends it then), at least 1. */
export function pollHours(closesAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((closesAt.getTime() - now.getTime()) / HOUR_MS));
}

/**
 * Whether a poll can be a Discord native poll: public (native polls show who voted), at most 10
 * options, question and answers within Discord's lengths, and at most 32 days long.
 */
export function fitsNativePoll(payload: PollStartPayload, now: Date): boolean {
  return (
    !payload.secret &&
    payload.options.length >= 1 &&
    payload.options.length <= NATIVE_POLL.answers &&
    [...payload.question].length <= NATIVE_POLL.question &&
    payload.options.every((o) => [...o].length >= 1 && [...o].length <= NATIVE_POLL.answer) &&
    pollHours(new Date(payload.closesAt), now) <= NATIVE_POLL.maxHours
  );
}

/** The short text above a native poll: its title, when it closes, and the counting rules. */
function nativeIntro(payload: PollStartPayload, text: string): string {
  const lines = text.split("\n");
  const title = lines[0] ?? `Poll #${payload.pollId}`;
  const unix = Math.floor(Date.parse(payload.closesAt) / 1000);
  const rules = /Quorum .*$/.exec(lines.at(-1) ?? "")?.[0];
  return [
    `**${toDiscord(title)}**`,
    `Vote below until <t:${unix}:F> (<t:${unix}:R>), or with \`/poll vote id:${payload.pollId}\`. Only the circle's members when the poll opened are counted.`,
    ...(rules ? [rules] : []),
  ].join("\n");
}

/** A native poll message; Jura ends it itself at `closesAt` and posts the counted result. */
export function nativePollBody(
  payload: PollStartPayload,
  text: string,
  now: Date,
): RESTPostAPIChannelMessageJSONBody {
  return {
    content: clip(nativeIntro(payload, text), 2000),
    allowed_mentions: NOBODY,
    poll: {
      question: { text: payload.question },
      answers: payload.options.map((option) => ({ poll_media: { text: option } })),
      duration: pollHours(new Date(payload.closesAt), now),
      allow_multiselect: false,
      layout_type: PollLayoutType.Default,
    },
  };
}

/** The button that votes for option `n` (1-based) of a poll. */
export const voteButtonId = (pollId: number, n: number): string => `${VOTE_PREFIX}${pollId}:${n}`;

/** `{pollId, n}` of a vote button's custom id, or undefined for any other component. */
export function parseVoteButton(customId: string): { pollId: number; n: number } | undefined {
  const match = /^jura:vote:(\d{1,10}):(\d{1,2})$/.exec(customId);
  return match ? { pollId: Number(match[1]), n: Number(match[2]) } : undefined;
}

/**
 * A poll as text with one button per option (5 per row, at most 25): for secret ballots (native
 * polls show voters) and polls beyond native limits. Each click is confirmed only to the voter.
 */
export function buttonPollBody(payload: PollStartPayload, text: string): RESTPostAPIChannelMessageJSONBody {
  const buttons: APIButtonComponent[] = payload.options.slice(0, 25).map((option, i) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: voteButtonId(payload.pollId, i + 1),
    label: clip(`${i + 1}. ${option}`, 80),
  }));
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += 5)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  return { ...renderText(text), components: rows };
}
