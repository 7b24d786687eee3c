import { z } from "zod";
import { t } from "../../i18n.js";
import { roleLabel } from "../../rotations.js";
import { circleArg, federationArg, textArg } from "../args.js";
import { audit } from "../lookups.js";
import { findRotation } from "../scope.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "rotation",
  name: "end",
  summary: "Stop rotating a role; its history stays in the audit log.",
  args: z.object({
    role: textArg(40),
    domain: textArg(40).optional(),
    circle: circleArg.optional(),
    federation: federationArg.optional(),
  }),
  positional: ["role"],
  rest: true,
  policy: { circle: "circle-decision", federation: "creator-circle" },
  subject: (ctx, args) => findRotation(ctx, args),
  examples: ['rotation end treasurer circle:"Green Valley"'],
  async handler(ctx, _args) {
    const { rotation, name } = ctx.subject;
    await ctx.store.rotations.update(rotation.id, {
      archivedAt: ctx.now,
      nextHandoffAt: null,
      nextHeadsUpAt: null,
    });
    await audit(ctx, {
      action: "rotation.end",
      circleId: rotation.circleId,
      federationId: rotation.federationId,
      details: { rotationId: rotation.id },
    });
    return { text: t("rotation.ended_reply", { role: roleLabel(rotation), owner: name }) };
  },
});
