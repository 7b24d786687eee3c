import { t } from "./i18n.js";
import type { PlaceId } from "./ids.js";
import type { Store } from "./ports.js";

/**
 * The first words Jura says where it has just arrived (a Matrix room it was invited to, a
 * Discord server it was added to): the first three things to do. Written with `/group …`
 * commands, which each platform's delivery renders its own way (`!jura circle create` on
 * Matrix). Queued in the outbox under `welcome:<scope>`, so a room or a server hears it once,
 * however often Jura is invited again or restarts.
 */
export async function welcome(store: Store, place: PlaceId, scope: string, now: Date): Promise<boolean> {
  return store.outbox.add({ key: `welcome:${scope}`, place, text: t("welcome.text"), createdAt: now });
}
