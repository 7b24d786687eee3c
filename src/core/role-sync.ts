import { type Platform, platformOf } from "./ids.js";
import type { NewOutboxMessage, Store } from "./ports.js";

/** Platforms whose places have roles that follow mandates (see RoleSyncPayload). */
const WITH_ROLES: ReadonlySet<Platform> = new Set(["discord"]);

/**
 * Has the roles of the circles of `mandates` brought in line at once, after those mandates were
 * granted, recalled, renounced, expired or ended by their holder leaving (`what`): one outbox
 * row with a `role-sync` payload per circle, addressed to its home place, written in the
 * caller's transaction so it exists exactly when the change does. It is keyed by circle and
 * the first mandate concerned, so a replay writes nothing twice. Circles at home on platforms
 * without roles get nothing; the platform's periodic sync stays as a safety net (and covers a
 * mandate that starts later than it is granted).
 */
export async function requestRoleSync(
  store: Store,
  now: Date,
  mandates: ReadonlyArray<{ id: number; circleId: number }>,
  what: string,
): Promise<void> {
  const first = new Map<number, number>();
  for (const { id, circleId } of mandates) first.set(circleId, Math.min(id, first.get(circleId) ?? id));
  if (first.size === 0) return;
  const circles = await store.circles.byIds([...first.keys()]);
  const messages: NewOutboxMessage[] = circles.flatMap((circle) => {
    const place = circle.homePlace;
    const platform = place ? platformOf(place) : undefined;
    if (!place || !platform || !WITH_ROLES.has(platform)) return [];
    return [
      {
        key: `role-sync:${circle.id}:mandate:${first.get(circle.id)}:${what}`,
        place,
        text: "",
        createdAt: now,
        payload: { type: "role-sync", circleId: circle.id },
      },
    ];
  });
  if (messages.length > 0) await store.outbox.addMany(messages);
}
