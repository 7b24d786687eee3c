import { z } from "zod";
import { LOCALES, t, withLocale } from "../../i18n.js";
import { placeLocale } from "../../speaking.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "me",
  name: "language",
  summary: "The language Jura speaks to you, everywhere: en, fr, es, it, or auto (each place's own).",
  args: z.object({
    language: z.enum([...LOCALES, "auto"]).optional(),
  }),
  positional: ["language"],
  policy: "anyone",
  examples: ["me language fr", "me language auto", "me language"],
  async handler(ctx, args) {
    if (args.language === undefined) {
      const chosen = await ctx.store.languages.ofPerson(ctx.actor);
      const language = chosen ? t("language.name", { language: chosen }) : "";
      return { text: t("me.language_now", { chosen: chosen ?? "auto", language }), private: true };
    }
    const chosen = args.language === "auto" ? null : args.language;
    await ctx.store.languages.setPerson(ctx.actor, chosen, ctx.now);
    await ctx.store.audit.record({
      at: ctx.now,
      actor: ctx.actor,
      action: "me.language",
      details: { language: chosen ?? "auto" },
    });
    // Said in the language just chosen (or this place's, for auto): the answer is the proof it took.
    if (chosen === null)
      return {
        text: withLocale(await placeLocale(ctx.store, ctx.place), () => t("me.language_auto")),
        private: true,
      };
    const text = withLocale(chosen, () =>
      t("me.language_set", { language: t("language.name", { language: chosen }) }),
    );
    return { text, private: true };
  },
});
