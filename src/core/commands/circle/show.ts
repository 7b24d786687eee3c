import { z } from "zod";
import { sizeAdviceText } from "../../circles.js";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { describeMandate } from "../../mandates.js";
import { circleArg } from "../args.js";
import { findCircle } from "../lookups.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "circle",
  name: "show",
  summary: "Show a circle: purpose, members, federation and delegates.",
  args: z.object({ circle: circleArg.optional() }),
  positional: ["circle"],
  rest: true,
  policy: "anyone",
  examples: ["circle show Green Valley"],
  async handler(ctx, args) {
    const circle = await findCircle(ctx, args.circle);
    const [members, federation, mandates] = await Promise.all([
      ctx.store.members.list(circle.id),
      circle.federationId ? ctx.store.federations.byId(circle.federationId) : undefined,
      ctx.store.mandates.list({ circleId: circle.id }),
    ]);
    const language = circle.language ?? federation?.language ?? "en";
    const lines = [
      circle.purpose
        ? t("circle.show_title_purpose", { circle: circle.name, purpose: circle.purpose })
        : t("circle.show_title", { circle: circle.name }),
      t("circle.show_home", {
        place: circle.homePlace ?? t("circle.show_no_home"),
        timezone: circle.timezone,
        open: circle.open ? "yes" : "no",
        language: t("language.name", { language }),
      }),
      federation
        ? t("circle.show_federation", { federation: federation.name })
        : t("circle.show_no_federation"),
      t("circle.show_members", {
        count: members.length,
        members: members.map(displayPerson).join(", ") || t("common.none"),
      }),
      t("circle.show_delegates", { count: mandates.length }).trimEnd(),
      ...mandates.map((m) => `  ${describeMandate(m, circle.name, circle.timezone)}`),
    ];
    const advice = sizeAdviceText(circle.name, members.length);
    if (advice) lines.push(advice);
    return { text: lines.join("\n") };
  },
});
