import { z } from "zod";
import { WINDOW } from "../../decisions.js";
import { t } from "../../i18n.js";

/** A decision window such as `48h`, `3d` or `2w`, within the bounds every circle and federation keeps. */
export const windowArg = z.string().transform((text, ctx) => {
  const match = /^(\d{1,3})\s*(h|d|w)$/i.exec(text.trim());
  const minutes = match
    ? Number(match[1]) * { h: 60, d: 1440, w: 10080 }[(match[2] ?? "h").toLowerCase() as "h"]
    : 0;
  if (minutes < WINDOW.min || minutes > WINDOW.max) {
    ctx.addIssue({ code: "custom", message: t("circle.window") });
    return z.NEVER;
  }
  return { minutes, text: text.trim() };
});
