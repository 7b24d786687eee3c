import { MANDATE_DEFAULT_MAX_DAYS } from "../../decisions.js";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import type { Circle } from "../../model.js";
import type { Store } from "../../ports.js";

const DAY_MS = 86_400_000;

/** Refuses a mandate longer than the circle's federation allows (about six months by default). */
export async function mandateLimit(
  store: Store,
  circle: Circle,
  startsAt: Date,
  expiresAt: Date,
): Promise<void> {
  const federation = circle.federationId ? await store.federations.byId(circle.federationId) : undefined;
  const days = federation?.mandateMaxDays ?? MANDATE_DEFAULT_MAX_DAYS;
  if (expiresAt.getTime() - startsAt.getTime() <= days * DAY_MS) return;
  throw new UserError("args.field", {
    field: "until",
    problem: federation
      ? t("mandate.too_long_federation", { federation: federation.name, days })
      : t("mandate.too_long", { days }),
  });
}
