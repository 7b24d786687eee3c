import {
  type APIMessageInteractionMetadata,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { DoubleContext } from "./context.js";
import { FormErrors, isRecord } from "./form-errors.js";
import { createMessage, renderMessage, updateMessage } from "./messages.js";
import { checkModal } from "./modals.js";
import type { StoredMessage } from "./state.js";
import type { InteractionRecord } from "./types.js";
import { type MessageBody, validateMessageBody } from "./validate-messages.js";

const ALLOWED: Record<number, readonly InteractionResponseType[]> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** `interaction_metadata` Discord puts on messages created for an interaction. */
export function metadataFor(record: InteractionRecord, originalId?: string): APIMessageInteractionMetadata {
  const p = record.payload;
  const user = p.member?.user ?? p.user;
  if (!user) throw new Error("interaction without a user");
  const meta: Record<string, unknown> = {
    id: record.id,
    type: p.type,
    user,
    authorizing_integration_owners: p.authorizing_integration_owners,
  };
  if (p.type === InteractionType.ApplicationCommand) {
    meta.name = p.data.name;
    meta.command_type = p.data.type;
  }
  if ("message" in p && p.message) meta.interacted_message_id = p.message.id;
  if (originalId) meta.original_response_message_id = originalId;
  return meta as unknown as APIMessageInteractionMetadata;
}

/** Creates a message answering the interaction: reply, deferred "thinking" message or follow-up. */
export function interactionMessage(
  ctx: DoubleContext,
  record: InteractionRecord,
  body: MessageBody,
  extraFlags: number,
  followUpOf?: string,
): StoredMessage {
  const p = record.payload;
  const user = p.member?.user ?? p.user;
  const channelId = p.channel?.id;
  if (!user || !channelId) throw new Error("interaction without a user or channel");
  const ephemeral = (((body.flags ?? 0) | extraFlags) & MessageFlags.Ephemeral) !== 0;
  return createMessage(ctx, {
    channelId,
    author: ctx.state.bot,
    body,
    type: p.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
    ephemeralFor: ephemeral ? user.id : null,
    webhookId: ctx.state.options.applicationId,
    applicationId: ctx.state.options.applicationId,
    interactionMetadata: metadataFor(record, followUpOf),
    extraFlags: extraFlags & ~MessageFlags.Ephemeral,
  });
}

function sourceMessage(ctx: DoubleContext, record: InteractionRecord): StoredMessage {
  const id = "message" in record.payload ? record.payload.message?.id : undefined;
  const stored = id ? ctx.state.messages.get(id) : undefined;
  if (!stored) throw apiErrors.unknownMessage();
  return stored;
}

function checkChoices(data: unknown): void {
  const errors = new FormErrors();
  const choices =
    errors.array(["data", "choices"], isRecord(data) ? data.choices : undefined, { max: 25 }) ?? [];
  choices.forEach((choice, i) => {
    const c = isRecord(choice) ? choice : {};
    errors.string(["data", "choices", i, "name"], c.name, { min: 1, max: 100, required: true });
    if (typeof c.value === "string")
      errors.string(["data", "choices", i, "value"], c.value, { min: 1, max: 100 });
  });
  errors.throwIfAny();
}

/**
 * Applies `POST /interactions/:id/:token/callback`: only once (else 400 40060), within the
 * response window (else 404 10062), with a callback type valid for the interaction type.
 * Returns the message created or updated by it, if any.
 */
export function applyCallback(
  ctx: DoubleContext,
  record: InteractionRecord,
  body: unknown,
  files: string[],
): StoredMessage | null {
  if (record.callback) throw apiErrors.alreadyAcknowledged();
  const window = ctx.state.options.interactionResponseWindowMs ?? 3000;
  if (Date.now() - record.createdAt > window) throw apiErrors.unknownInteraction();
  const input = isRecord(body) ? body : {};
  const errors = new FormErrors();
  const type = errors.oneOf(["type"], input.type, ALLOWED[record.payload.type] ?? [], true);
  errors.throwIfAny();
  if (type === undefined) return null;
  let message: StoredMessage | null = null;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
      message = interactionMessage(ctx, record, validateMessageBody(input.data, "interaction", files), 0);
      break;
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = isRecord(input.data) && typeof input.data.flags === "number" ? input.data.flags : 0;
      message = interactionMessage(
        ctx,
        record,
        { files: [] },
        MessageFlags.Loading | (flags & MessageFlags.Ephemeral),
      );
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
      message = sourceMessage(ctx, record);
      break;
    case InteractionResponseType.UpdateMessage:
      message = sourceMessage(ctx, record);
      updateMessage(ctx, message, validateMessageBody(input.data ?? {}, "edit", files));
      break;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      checkChoices(input.data);
      break;
    case InteractionResponseType.Modal:
      checkModal(input.data);
      break;
    default:
      break;
  }
  record.callback = { type, data: input.data ?? null, time: Date.now() };
  record.original = message ? renderMessage(message) : null;
  record.steps.push({ kind: "callback", time: Date.now(), body, messageId: message?.message.id ?? null });
  ctx.feed.notify();
  return message;
}
