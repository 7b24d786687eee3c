import {
  type APIGuildScheduledEvent,
  ChannelType,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  GuildScheduledEventStatus,
} from "discord-api-types/v10";
import { FormErrors, isRecord } from "./form-errors.js";
import type { GuildRecord } from "./state.js";

const TRANSITIONS: Record<number, readonly GuildScheduledEventStatus[]> = {
  [GuildScheduledEventStatus.Scheduled]: [
    GuildScheduledEventStatus.Active,
    GuildScheduledEventStatus.Canceled,
  ],
  [GuildScheduledEventStatus.Active]: [GuildScheduledEventStatus.Completed],
};

function time(
  errors: FormErrors,
  field: string,
  value: unknown,
  required: boolean,
): string | null | undefined {
  if (value === undefined) {
    if (required) errors.required([field]);
    return undefined;
  }
  if (value === null) return null;
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    errors.add([field], "DATE_TIME_TYPE_PARSE", `Could not parse ${String(value)}. Should be ISO8601.`);
    return undefined;
  }
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

/**
 * Validates a create (no `existing`) or edit of a guild scheduled event and returns the event
 * as it will be stored: name 1–100, description ≤ 1000, privacy level GUILD_ONLY, a start in
 * the future, an end after the start, and the per-entity-type rules (external events need a
 * location and an end; stage/voice events need a channel of that kind). Throws 400 50035.
 */
export function validateScheduledEvent(
  body: unknown,
  guild: GuildRecord,
  base: Omit<APIGuildScheduledEvent, "entity_type">,
  existing?: APIGuildScheduledEvent,
): APIGuildScheduledEvent {
  const errors = new FormErrors();
  const input = isRecord(body) ? body : {};
  const creating = existing === undefined;
  const event = { ...base, ...(existing ?? {}) } as Record<string, unknown>;
  const set = (field: string, value: unknown): void => {
    if (value !== undefined) event[field] = value;
  };
  set("name", errors.string(["name"], input.name, { min: 1, max: 100, required: creating }));
  set(
    "description",
    input.description === null
      ? null
      : errors.string(["description"], input.description, { min: 1, max: 1000 }),
  );
  set(
    "privacy_level",
    errors.oneOf(
      ["privacy_level"],
      input.privacy_level,
      [GuildScheduledEventPrivacyLevel.GuildOnly],
      creating,
    ),
  );
  set("entity_type", errors.oneOf(["entity_type"], input.entity_type, [1, 2, 3], creating));
  const start = time(errors, "scheduled_start_time", input.scheduled_start_time, creating);
  set("scheduled_start_time", start);
  set("scheduled_end_time", time(errors, "scheduled_end_time", input.scheduled_end_time, false));
  if ("channel_id" in input) event.channel_id = input.channel_id ?? null;
  if ("entity_metadata" in input)
    event.entity_metadata = isRecord(input.entity_metadata) ? input.entity_metadata : null;
  if ("recurrence_rule" in input) event.recurrence_rule = input.recurrence_rule ?? null;
  if (input.status !== undefined) {
    const allowed = existing ? (TRANSITIONS[existing.status] ?? []) : [];
    const status = errors.oneOf(["status"], input.status, allowed);
    if (status !== undefined) event.status = status;
  }

  if (typeof start === "string" && Date.parse(start) <= Date.now()) {
    errors.add(
      ["scheduled_start_time"],
      "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST",
      "Cannot schedule event in the past.",
    );
  }
  const startMs = Date.parse(String(event.scheduled_start_time));
  const endMs = event.scheduled_end_time ? Date.parse(String(event.scheduled_end_time)) : null;
  if (endMs !== null && !Number.isNaN(startMs) && endMs <= startMs) {
    errors.add(
      ["scheduled_end_time"],
      "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
      "Cannot schedule event to end before starting.",
    );
  }
  if (event.entity_type === GuildScheduledEventEntityType.External) {
    const metadata = isRecord(event.entity_metadata) ? event.entity_metadata : undefined;
    errors.string(["entity_metadata", "location"], metadata?.location, { min: 1, max: 100, required: true });
    if (endMs === null) errors.required(["scheduled_end_time"]);
    if (event.channel_id)
      errors.add(
        ["channel_id"],
        "GUILD_SCHEDULED_EVENT_CHANNEL_NOT_ALLOWED",
        "Channel must be null for external events.",
      );
    event.channel_id = null;
  } else if (event.entity_type !== undefined) {
    const wanted =
      event.entity_type === GuildScheduledEventEntityType.StageInstance
        ? ChannelType.GuildStageVoice
        : ChannelType.GuildVoice;
    const channel = typeof event.channel_id === "string" ? guild.channels.get(event.channel_id) : undefined;
    if (!channel) errors.required(["channel_id"]);
    else if (channel.type !== wanted)
      errors.add(["channel_id"], "CHANNEL_TYPE_INVALID", "Channel is not of the right type for this event.");
    event.entity_metadata = null;
  }
  errors.throwIfAny();
  return event as unknown as APIGuildScheduledEvent;
}
