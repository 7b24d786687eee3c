import type { REST } from "discord.js";
import {
  type APIGuildScheduledEvent,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
  Routes,
} from "discord-api-types/v10";
import type { ConvergenceEventPayload } from "../../core/ports.js";
import type { Log } from "../../log.js";

/** The line that marks a guild scheduled event as the mirror of one convergence. */
export const markerOf = (convergenceId: number): string => `(Jura convergence #${convergenceId})`;

const NO_LOCATION = "See the federation's announcements";

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The create/edit body of an external guild scheduled event for a convergence occurrence. */
export function eventBody(payload: ConvergenceEventPayload) {
  const marker = markerOf(payload.convergenceId);
  const description = payload.description
    ? `${clip(payload.description, 1000 - marker.length - 2)}\n\n${marker}`
    : marker;
  return {
    name: clip(payload.title, 100),
    description,
    privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
    entity_type: GuildScheduledEventEntityType.External,
    entity_metadata: { location: clip(payload.location.trim() || NO_LOCATION, 100) },
    scheduled_start_time: payload.startsAt,
    scheduled_end_time: payload.endsAt,
  };
}

/**
 * Keeps one external guild scheduled event per convergence and guild in step with Jura. The
 * event is found again by the marker line in its description (no local state, so any process
 * may deliver): an upsert creates it or moves it to the next occurrence, a cancel cancels it.
 * Work for one guild runs one at a time in this process, so two deliveries never both create.
 * A cancel that overtakes its convergence's first upsert is remembered, so the late upsert
 * creates nothing.
 */
export class ScheduledEvents {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly cancelled = new Set<string>();

  constructor(
    private readonly rest: REST,
    private readonly log: Log,
    private readonly now: () => Date,
  ) {}

  /** Applies the payload in `guildId`; returns the event id (or a note when nothing was done). */
  sync(guildId: string, payload: ConvergenceEventPayload): Promise<string> {
    const previous = this.queues.get(guildId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.apply(guildId, payload));
    this.queues.set(guildId, next);
    void next
      .finally(() => {
        if (this.queues.get(guildId) === next) this.queues.delete(guildId);
      })
      .catch(() => undefined);
    return next;
  }

  private async apply(guildId: string, payload: ConvergenceEventPayload): Promise<string> {
    const id = payload.convergenceId;
    const mine = (await this.list(guildId)).filter((e) => e.description?.includes(markerOf(id)));
    const live = mine.filter(
      (e) =>
        e.status === GuildScheduledEventStatus.Scheduled || e.status === GuildScheduledEventStatus.Active,
    );
    if (payload.action === "cancel") {
      this.cancelled.add(`${guildId}/${id}`);
      for (const event of live) {
        const status =
          event.status === GuildScheduledEventStatus.Active
            ? GuildScheduledEventStatus.Completed
            : GuildScheduledEventStatus.Canceled;
        await this.rest.patch(Routes.guildScheduledEvent(guildId, event.id), { body: { status } });
        this.log.info({ guildId, convergenceId: id, eventId: event.id }, "scheduled event cancelled");
      }
      return live[0]?.id ?? mine[0]?.id ?? `no-event:${id}`;
    }
    const gone = mine.some((e) => e.status === GuildScheduledEventStatus.Canceled);
    if (gone || this.cancelled.has(`${guildId}/${id}`)) return mine[0]?.id ?? `no-event:${id}`;
    if (Date.parse(payload.startsAt) <= this.now().getTime()) return `past:${id}:${payload.startsAt}`;
    const body = eventBody(payload);
    const scheduled = live.find((e) => e.status === GuildScheduledEventStatus.Scheduled);
    if (scheduled) {
      await this.rest.patch(Routes.guildScheduledEvent(guildId, scheduled.id), { body });
      this.log.info({ guildId, convergenceId: id, eventId: scheduled.id }, "scheduled event moved");
      return scheduled.id;
    }
    const created = (await this.rest.post(Routes.guildScheduledEvents(guildId), {
      body,
    })) as APIGuildScheduledEvent;
    this.log.info({ guildId, convergenceId: id, eventId: created.id }, "scheduled event created");
    return created.id;
  }

  private async list(guildId: string): Promise<APIGuildScheduledEvent[]> {
    return (await this.rest.get(Routes.guildScheduledEvents(guildId))) as APIGuildScheduledEvent[];
  }
}
