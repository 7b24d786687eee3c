import type { AidRequest, Reflection } from "./aid.js";
import { byUrgencyThenAge } from "./aid.js";
import { requestProgress } from "./aid-delivery.js";
import { circleNames, reflectionLine, requestLine } from "./aid-text.js";
import { deficitLines } from "./credit.js";
import { inLocale, t, withLocale } from "./i18n.js";
import type { PlaceId } from "./ids.js";
import type { Circle } from "./model.js";
import type { DueDigest, Store } from "./ports.js";
import { formatMoment } from "./time.js";

const DAY_MS = 86_400_000;

/** What a federation's aid looks like at digest time, read once and shown per place. */
export interface AidFacts {
  /** Open and accepted requests, most urgent then oldest first, each with its progress line. */
  requests: { request: AidRequest; progress: string; offeredBy: ReadonlySet<number> }[];
  /** Unresolved reflections nobody has answered yet (no advice, affirmation or offer). */
  unanswered: Reflection[];
  /** Mutual-credit lines for circles deep in deficit. */
  deficits: string[];
  names: ReadonlyMap<number, string>;
  zone: string;
}

/** One place's digest: its body (compared with the last one sent) without the dated header. */
export type DigestBody = string[];

/**
 * The federation's room gets the whole: every open request, every reflection still awaiting an
 * answer, and the circles deep in mutual-credit deficit.
 */
export function federationBody(facts: AidFacts): DigestBody {
  const lines: string[] = [];
  if (facts.requests.length > 0) {
    lines.push(t("digest.open_requests", { count: facts.requests.length }));
    lines.push(...facts.requests.map((r) => `- ${line(facts, r)}`));
  }
  lines.push(...reflectionLines(facts, facts.unanswered));
  lines.push(...facts.deficits);
  return lines;
}

/**
 * A circle's room gets what concerns it: its own requests still active (with what arrived), the
 * other circles' requests still open that it has not offered for (what it could answer), and
 * the other circles' reflections nobody has answered yet.
 */
export function circleBody(facts: AidFacts, circle: Pick<Circle, "id" | "name">): DigestBody {
  const own = facts.requests.filter((r) => r.request.circleId === circle.id);
  const answerable = facts.requests.filter(
    (r) => r.request.circleId !== circle.id && r.request.status === "open" && !r.offeredBy.has(circle.id),
  );
  const lines: string[] = [];
  if (own.length > 0) {
    lines.push(t("digest.own_requests", { circle: circle.name, count: own.length }));
    lines.push(...own.map((r) => `- ${line(facts, r)}`));
  }
  if (answerable.length > 0) {
    lines.push(t("digest.answerable", { circle: circle.name, count: answerable.length }));
    lines.push(...answerable.map((r) => `- ${line(facts, r)}`));
  }
  lines.push(
    ...reflectionLines(
      facts,
      facts.unanswered.filter((r) => r.circleId !== circle.id),
    ),
  );
  return lines;
}

function line(facts: AidFacts, { request, progress }: AidFacts["requests"][number]): string {
  return requestLine(request, facts.names.get(request.circleId) ?? "?", facts.zone, progress);
}

function reflectionLines(facts: AidFacts, reflections: readonly Reflection[]): string[] {
  if (reflections.length === 0) return [];
  return [
    t("digest.reflections", { count: reflections.length }),
    ...reflections.map((r) => `- ${reflectionLine(r, facts.names.get(r.circleId) ?? "?")}`),
  ];
}

/**
 * A short, stable fingerprint of a digest's body (two 32-bit FNV-1a hashes of its text), stored
 * per place so the same content is not sent twice in a row. An empty body has the empty print.
 */
export function fingerprint(body: DigestBody): string {
  if (body.length === 0) return "";
  const text = body.join("\n");
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}:${text.length}`;
}

async function factsOf(store: Store, federationId: number, zone: string): Promise<AidFacts> {
  const active = (await store.aid.requests({ federationId, activeOnly: true })).sort(byUrgencyThenAge);
  const requests = await Promise.all(
    active.map(async (request) => {
      const deliveries = await store.aid.deliveries({ requestId: request.id });
      const offers = await store.aid.offers({ requestId: request.id });
      return {
        request,
        progress: deliveries.length > 0 ? requestProgress(request, deliveries) : "",
        offeredBy: new Set(offers.filter((o) => o.status !== "withdrawn").map((o) => o.circleId)),
      };
    }),
  );
  const open = (await store.aid.reflections({ federationId, unresolvedOnly: true })).sort(
    (a, b) => a.sharedAt.getTime() - b.sharedAt.getTime() || a.id - b.id,
  );
  const answered = await store.aid.answeredReflections(open.map((r) => r.id));
  const unanswered = open.filter((r) => !answered.has(r.id));
  const names = await circleNames(store, [
    ...active.map((r) => r.circleId),
    ...unanswered.map((r) => r.circleId),
  ]);
  return { requests, unanswered, deficits: await deficitLines(store, federationId), names, zone };
}

/**
 * Sends one federation's digest: the whole to its room, what concerns each circle to that
 * circle's room (unless it keeps digests out: `circle set quiet:digest`). A place whose digest
 * would say exactly what its last one said, or nothing, gets none.
 */
export async function sendDigest(store: Store, { federation, dueAt, everyDays }: DueDigest, now: Date) {
  const facts = await factsOf(store, federation.id, federation.timezone);
  const header = () =>
    t("digest.header", {
      federation: federation.name,
      days: everyDays,
      date: formatMoment(dueAt, federation.timezone),
    });
  const circles = await store.circles.list({ federationId: federation.id });
  // Each body is built again in its place's language when queued; the fingerprint is English's.
  const bodies: [PlaceId, () => DigestBody][] = [[federation.announcePlace, () => federationBody(facts)]];
  for (const circle of circles) {
    if (!circle.homePlace || circle.quiet.includes("digest") || circle.homePlace === federation.announcePlace)
      continue;
    bodies.push([circle.homePlace, () => circleBody(facts, circle)]);
  }
  const periodStart = new Date(dueAt.getTime() - everyDays * DAY_MS);
  const key = `digest:${federation.id}:${periodStart.toISOString()}`;
  const sent = new Set<PlaceId>();
  for (const [place, build] of bodies) {
    if (sent.has(place)) continue;
    sent.add(place);
    const body = withLocale("en", build);
    const print = fingerprint(body);
    if (print === ((await store.aid.lastDigest(federation.id, place)) ?? "")) continue;
    await store.aid.recordDigest(federation.id, place, print, now);
    if (body.length === 0) continue;
    const text = inLocale(() => [header(), ...build(), t("digest.footer")].join("\n"));
    await store.outbox.add({ key: `${key}:${place}`, place, text, createdAt: now });
  }
}
