import { MessageFlags } from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { DoubleContext } from "./context.js";
import type { RouteDefinition, RouteRequest } from "./http-router.js";
import { applyCallback, interactionMessage } from "./interaction-callback.js";
import { deleteMessage, renderMessage, updateMessage } from "./messages.js";
import type { StoredMessage } from "./state.js";
import type { InteractionRecord, InteractionStep } from "./types.js";
import { validateMessageBody } from "./validate-messages.js";

const TOKEN_LIFETIME_MS = 15 * 60_000;

function byToken(ctx: DoubleContext, request: RouteRequest): InteractionRecord {
  if (request.param("application_id") !== ctx.state.options.applicationId) throw apiErrors.unknownWebhook();
  const token = request.param("token");
  const record = [...ctx.state.interactions.values()].find((r) => r.token === token);
  if (!record || Date.now() - record.createdAt > TOKEN_LIFETIME_MS) throw apiErrors.invalidWebhookToken();
  return record;
}

function stored(ctx: DoubleContext, id: string | undefined): StoredMessage {
  const message = id ? ctx.state.messages.get(id) : undefined;
  if (!message || message.deleted) throw apiErrors.unknownMessage();
  return message;
}

/** The original response, or one of the interaction's follow-ups, addressed by the route. */
function target(
  ctx: DoubleContext,
  record: InteractionRecord,
  request: RouteRequest,
): { message: StoredMessage; original: boolean } {
  const id = request.path.endsWith("/@original") ? "@original" : request.param("message_id");
  if (id === "@original") return { message: stored(ctx, record.original?.id), original: true };
  if (id === record.original?.id) return { message: stored(ctx, id), original: true };
  if (!record.followUps.some((m) => m.id === id)) throw apiErrors.unknownMessage();
  return { message: stored(ctx, id), original: false };
}

function refresh(record: InteractionRecord, message: StoredMessage, original: boolean): void {
  const snapshot = renderMessage(message);
  if (original) record.original = snapshot;
  else record.followUps = record.followUps.map((m) => (m.id === snapshot.id ? snapshot : m));
}

function step(
  ctx: DoubleContext,
  record: InteractionRecord,
  kind: InteractionStep["kind"],
  body: unknown,
  messageId: string | null,
): void {
  record.steps.push({ kind, time: Date.now(), body, messageId });
  ctx.feed.notify();
}

function messageRoutes(ctx: DoubleContext, path: string): RouteDefinition[] {
  return [
    {
      method: "GET",
      path,
      auth: false,
      exemptFromGlobal: true,
      handle: (request) => ({ body: renderMessage(target(ctx, byToken(ctx, request), request).message) }),
    },
    {
      method: "PATCH",
      path,
      auth: false,
      exemptFromGlobal: true,
      handle: (request) => {
        const record = byToken(ctx, request);
        const { message, original } = target(ctx, record, request);
        const loading = ((message.message.flags ?? 0) & MessageFlags.Loading) !== 0;
        updateMessage(
          ctx,
          message,
          validateMessageBody(request.body, loading ? "deferred-edit" : "edit", request.files),
        );
        refresh(record, message, original);
        step(ctx, record, original ? "edit-original" : "edit-follow-up", request.body, message.message.id);
        return { body: renderMessage(message) };
      },
    },
    {
      method: "DELETE",
      path,
      auth: false,
      exemptFromGlobal: true,
      handle: (request) => {
        const record = byToken(ctx, request);
        const { message, original } = target(ctx, record, request);
        deleteMessage(ctx, message);
        step(ctx, record, original ? "delete-original" : "delete-follow-up", undefined, message.message.id);
        return {};
      },
    },
  ];
}

/** Interaction callback and the webhook routes of interaction tokens (original response, follow-ups). */
export function interactionRoutes(ctx: DoubleContext): RouteDefinition[] {
  return [
    {
      method: "POST",
      path: "/interactions/:interaction_id/:token/callback",
      auth: false,
      exemptFromGlobal: true,
      handle: (request) => {
        const record = ctx.state.interactions.get(request.param("interaction_id"));
        if (!record || record.token !== request.param("token")) throw apiErrors.unknownInteraction();
        const message = applyCallback(ctx, record, request.body, request.files);
        if (request.query.get("with_response") !== "true") return {};
        const callback = record.callback;
        const flags = message?.message.flags ?? 0;
        return {
          body: {
            interaction: {
              id: record.id,
              type: record.payload.type,
              ...(message
                ? {
                    response_message_id: message.message.id,
                    response_message_loading: (flags & MessageFlags.Loading) !== 0,
                    response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
                  }
                : {}),
            },
            resource: { type: callback?.type, ...(message ? { message: renderMessage(message) } : {}) },
          },
        };
      },
    },
    {
      method: "POST",
      path: "/webhooks/:application_id/:token",
      auth: false,
      exemptFromGlobal: true,
      handle: (request) => {
        const record = byToken(ctx, request);
        if (!record.callback) throw apiErrors.unknownWebhook();
        const body = validateMessageBody(request.body, "interaction", request.files);
        const original = record.original ? ctx.state.messages.get(record.original.id) : undefined;
        // A deferred response's first follow-up edits the "thinking" message, unless it was deleted.
        if (original && !original.deleted && ((original.message.flags ?? 0) & MessageFlags.Loading) !== 0) {
          const { flags: _ephemeralIgnored, ...rest } = body;
          updateMessage(ctx, original, rest);
          refresh(record, original, true);
          step(ctx, record, "edit-original", request.body, original.message.id);
          return { body: renderMessage(original) };
        }
        const message = interactionMessage(ctx, record, body, 0, record.original?.id);
        record.followUps.push(renderMessage(message));
        step(ctx, record, "follow-up", request.body, message.message.id);
        return { body: renderMessage(message) };
      },
    },
    ...messageRoutes(ctx, "/webhooks/:application_id/:token/messages/@original"),
    ...messageRoutes(ctx, "/webhooks/:application_id/:token/messages/:message_id"),
  ];
}
