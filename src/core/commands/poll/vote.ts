import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import type { Poll } from "../../model.js";
import { formatMoment } from "../../time.js";
import { yesNoOption } from "../../yes-no.js";
import { idArg, textArg } from "../args.js";
import { audit } from "../lookups.js";
import { defineCommand, type SubjectContext } from "../spec.js";

/** A poll by number as a command's subject, with the circle whose poll it is. */
export async function pollSubject(ctx: Pick<SubjectContext, "store">, id: number) {
  const poll = await ctx.store.polls.byId(id);
  const circle = poll && (await ctx.store.circles.byId(poll.circleId));
  if (!poll || !circle) throw new UserError("poll.not_found", { id });
  return { poll, circle };
}

export default defineCommand({
  group: "poll",
  name: "vote",
  summary: "Vote in a poll of your circle; you may change your vote until it closes.",
  args: z.object({
    id: idArg,
    choice: textArg(100),
  }),
  positional: ["id", "choice"],
  rest: true,
  policy: "member",
  subject: (ctx, args) => pollSubject(ctx, args.id),
  examples: ["poll vote 1 yes", "poll vote 1 2"],
  async handler(ctx, args) {
    const { poll, circle } = ctx.subject;
    if (poll.closedAt || poll.closesAt <= ctx.now) throw new UserError("poll.closed", { id: poll.id });
    if (poll.secret && !ctx.private) throw new UserError("poll.secret_in_public", { id: poll.id });
    const choice = choiceIndex(poll, args.choice);
    if (!(await ctx.store.polls.vote(poll.id, ctx.actor, choice, ctx.now))) {
      throw new UserError("poll.not_eligible", { id: poll.id, circle: circle.name });
    }
    await audit(ctx, {
      action: "poll.vote",
      circleId: poll.circleId,
      // A secret ballot names its voter (who voted is on record) but never the choice; `secret`
      // tells history to show it without the voter, so no page links voters to counts.
      details: { pollId: poll.id, ...(poll.secret ? { secret: true } : { choice }) },
    });
    const until = formatMoment(poll.closesAt, circle.timezone);
    if (poll.secret) return { text: t("poll.secret_counted", { id: poll.id, until }), private: true };
    return {
      text: t("poll.voted", { choice: poll.options[choice] ?? "?", id: poll.id, until }),
    };
  },
});

/**
 * An option by its number (1-based) or its text, case-insensitively; a yes or a no picks the
 * option it stands for (see yes-no.ts). `#2` is always the second
 * option. A bare number that is also another option's text (options `2|1`, vote `1`) is
 * ambiguous: the voter is asked which they mean rather than guessed for.
 */
export function choiceIndex(poll: Poll, text: string): number {
  const trimmed = text.trim();
  const numbered = /^#\s*(\d{1,2})$/.exec(trimmed) ?? /^(\d{1,2})$/.exec(trimmed);
  const position = numbered ? Number(numbered[1]) - 1 : -1;
  const byNumber = position >= 0 && position < poll.options.length ? position : -1;
  const exact = trimmed.startsWith("#")
    ? -1
    : poll.options.findIndex((o) => o.toLowerCase() === trimmed.toLowerCase());
  const byText = exact >= 0 || trimmed.startsWith("#") ? exact : (yesNoOption(poll, trimmed) ?? -1);
  if (byNumber >= 0 && byText >= 0 && byNumber !== byText) {
    throw new UserError("poll.ambiguous_choice", {
      choice: trimmed,
      byNumber: poll.options[byNumber] ?? "",
      byText: poll.options[byText] ?? "",
      textNumber: byText + 1,
    });
  }
  if (byNumber >= 0) return byNumber;
  if (byText >= 0) return byText;
  throw new UserError("poll.bad_choice", {
    choice: trimmed.slice(0, 60),
    id: poll.id,
    options: poll.options.map((o, i) => `${i + 1}. ${o}`).join(", "),
  });
}
