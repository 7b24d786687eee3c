import { z } from "zod";
import { UserError } from "../../errors.js";
import { inLocale, t } from "../../i18n.js";
import { roleLabel } from "../../rotations.js";
import { booksAtHandover, handoverChecklist } from "../../treasury-handover.js";
import { circleArg, federationArg, textArg } from "../args.js";
import { announce, audit } from "../lookups.js";
import { findRotation } from "../scope.js";
import { defineCommand, type SubjectContext } from "../spec.js";

/** The people who speak for a holder: the person, or every member of the holding circle. */
async function speakersFor(ctx: Pick<SubjectContext, "store">, holder: string | null): Promise<string[]> {
  if (holder === null) return [];
  if (!holder.startsWith("circle:")) return [holder];
  return ctx.store.members.list(Number(holder.slice(7)));
}

export default defineCommand({
  group: "rotation",
  name: "confirm",
  summary: "Confirm a custodian handover checklist (both the outgoing and incoming holder confirm).",
  args: z.object({
    role: textArg(40),
    domain: textArg(40).optional(),
    circle: circleArg.optional(),
    federation: federationArg.optional(),
  }),
  positional: ["role"],
  rest: true,
  policy: "person-concerned",
  async subject(ctx, args) {
    const found = await findRotation(ctx, args);
    const { rotation } = found;
    const term = (await ctx.store.rotations.terms(rotation.id)).filter((t) => t.announcedAt).at(-1);
    if (!term || handoverChecklist(rotation).length === 0 || term.reannounceAt === null) {
      throw new UserError("rotation.nothing_to_confirm", { role: roleLabel(rotation) });
    }
    const incoming = await speakersFor(ctx, term.holder);
    const outgoing = await speakersFor(ctx, term.outgoing);
    return {
      ...found,
      term,
      incoming,
      outgoing,
      people: [...incoming, ...outgoing],
      refusal: new UserError("rotation.not_holder", { role: roleLabel(rotation) }),
    };
  },
  examples: ['rotation confirm custodian circle:"Green Valley"'],
  async handler(ctx) {
    const { rotation, name, circle, term } = ctx.subject;
    const incoming = ctx.subject.incoming.includes(ctx.actor);
    const outgoing = ctx.subject.outgoing.includes(ctx.actor);
    const updated = {
      ...term,
      incomingConfirmedAt: incoming ? (term.incomingConfirmedAt ?? ctx.now) : term.incomingConfirmedAt,
      outgoingConfirmedAt: outgoing ? (term.outgoingConfirmedAt ?? ctx.now) : term.outgoingConfirmedAt,
    };
    const complete =
      updated.incomingConfirmedAt !== null &&
      (updated.outgoing === null || updated.outgoingConfirmedAt !== null);
    await ctx.store.rotations.saveTerm({ ...updated, reannounceAt: complete ? null : updated.reannounceAt });
    // What the holder confirmed about the books is kept with the confirmation.
    const books = await booksAtHandover(ctx.store, rotation);
    const auditId = await audit(ctx, {
      action: "rotation.confirm",
      circleId: rotation.circleId,
      federationId: rotation.federationId,
      details: {
        rotationId: rotation.id,
        term: term.term,
        side: incoming ? "incoming" : "outgoing",
        ...(books ? { books } : {}),
      },
    });
    const confirmed = books ? `\n${t("treasury.handover_confirmed", { books })}` : "";
    if (!complete)
      return {
        text: `${t("rotation.confirmed_side", { role: roleLabel(rotation) })}${confirmed}`,
      };
    const say = () =>
      t("rotation.handover_complete", { role: roleLabel(rotation), owner: name, term: term.term });
    const done = say();
    const home = circle?.homePlace;
    if (home && home !== ctx.place) await announce(ctx, auditId, home, inLocale(say));
    return { text: `${done}${confirmed}` };
  },
});
