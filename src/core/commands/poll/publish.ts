import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import type { Circle, Poll } from "../../model.js";
import { pollStartKey } from "../../polls.js";
import type { NewPoll } from "../../ports.js";
import { formatMoment } from "../../time.js";
import { moment } from "../scope.js";
import type { CommandContext } from "../spec.js";

/** Polls run at most this long; Discord's native polls allow 32 days, so we stay within that. */
export const POLL_MAX_DAYS = 32;

/**
 * Opens a poll of `circle` closing at `closes` (a date or duration in the circle's timezone),
 * with the roster at this moment as its electorate.
 */
export async function openPoll(
  ctx: CommandContext,
  circle: Circle,
  fields: Omit<NewPoll, "circleId" | "openedBy" | "opensAt" | "closesAt">,
  closes: string,
  maxDays = POLL_MAX_DAYS,
): Promise<{ poll: Poll; voters: string[] }> {
  const closesAt = moment(closes, circle.timezone, ctx.now, "closes");
  if (closesAt <= ctx.now)
    throw new UserError("time.past", { when: formatMoment(closesAt, circle.timezone) });
  if (closesAt.getTime() - ctx.now.getTime() > maxDays * 86_400_000) {
    throw new UserError("args.field", {
      field: "closes",
      problem:
        fields.kind === "recall"
          ? t("recall.too_long", { days: maxDays })
          : t("poll.too_long", { days: maxDays }),
    });
  }
  const voters = await ctx.store.members.list(circle.id);
  const poll = await ctx.store.polls.create(
    { ...fields, circleId: circle.id, openedBy: ctx.actor, opensAt: ctx.now, closesAt },
    voters,
  );
  return { poll, voters };
}

/**
 * Posts the poll itself where it belongs: as a native poll where the platform has them, with
 * this text (numbered options and how to vote) as the fallback everywhere else.
 */
export async function publishPoll(
  ctx: CommandContext,
  poll: Poll,
  title: () => string,
  zone: string,
): Promise<void> {
  // Said as the poll's place reads: its circle's language.
  const text = inLocale(() =>
    [
      title(),
      ...poll.options.map((o, i) => `  ${i + 1}. ${o}`),
      poll.secret
        ? t("poll.secret_how", { id: poll.id, until: formatMoment(poll.closesAt, zone) })
        : t("poll.vote_how", { id: poll.id, until: formatMoment(poll.closesAt, zone) }),
      t("poll.rules", { quorum: Math.round(poll.quorum * 100), threshold: Math.round(poll.threshold * 100) }),
    ].join("\n"),
  );
  await ctx.store.outbox.add({
    key: pollStartKey(poll.id),
    place: poll.place,
    text,
    createdAt: ctx.now,
    ...(ctx.origin ? { deliveredAs: ctx.origin.messageId } : {}),
    payload: {
      ...(ctx.origin?.answerIds ? { answerIds: ctx.origin.answerIds } : {}),
      type: "poll-start",
      pollId: poll.id,
      question: poll.question,
      options: poll.options,
      closesAt: poll.closesAt.toISOString(),
      secret: poll.secret,
    },
  });
}
