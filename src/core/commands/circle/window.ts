import { z } from "zod";
import { WINDOW } from "../../decisions.js";
import { readDurationMinutes } from "../../durations.js";
import { t } from "../../i18n.js";

/** A decision window such as `48h`, `3d` or `2w`, within the bounds every circle and federation keeps. */
export const windowArg = z.string().transform((text, ctx) => {
  const minutes = readDurationMinutes(text) ?? 0;
  if (minutes < WINDOW.min || minutes > WINDOW.max) {
    ctx.addIssue({ code: "custom", message: t("circle.window") });
    return z.NEVER;
  }
  return { minutes, text: text.trim() };
});
