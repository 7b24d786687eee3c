import { PermissionFlagsBits } from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { DoubleContext } from "./context.js";
import { FormErrors } from "./form-errors.js";
import type { RouteDefinition, RouteRequest } from "./http-router.js";
import { createMessage, deleteMessage, renderMessage, updateMessage } from "./messages.js";
import { TEXT_CHANNEL_TYPES } from "./payloads.js";
import { memberPermissions, requirePermission } from "./permissions.js";
import { expirePoll, pollVoters } from "./polls.js";
import type { StoredMessage } from "./state.js";
import { validateMessageBody } from "./validate-messages.js";

const NONCE_WINDOW_MS = 5 * 60_000;

function textChannel(ctx: DoubleContext, request: RouteRequest) {
  const found = ctx.state.channel(request.param("channel_id"));
  requirePermission(found.guild, ctx.state.bot.id, PermissionFlagsBits.ViewChannel);
  return found;
}

function ownMessage(ctx: DoubleContext, request: RouteRequest): StoredMessage {
  textChannel(ctx, request);
  const stored = ctx.state.channelMessage(request.param("channel_id"), request.param("message_id"));
  if (stored.message.author.id !== ctx.state.bot.id) throw apiErrors.editOthersMessage();
  return stored;
}

function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    const errors = new FormErrors();
    errors.integer([name], value, { min, max });
    if (errors.isEmpty) errors.add([name], "NUMBER_TYPE_COERCE", `Value "${raw}" is not int.`);
    errors.throwIfAny();
  }
  return value;
}

/** Channel message routes (create, list, get, edit, delete, typing) and poll voters / expiry. */
export function messageRoutes(ctx: DoubleContext): RouteDefinition[] {
  const bot = ctx.state.bot;
  return [
    {
      method: "POST",
      path: "/channels/:channel_id/messages",
      handle: (request) => {
        const { channel, guild } = textChannel(ctx, request);
        if (!TEXT_CHANNEL_TYPES.includes(channel.type)) throw apiErrors.nonTextChannel();
        requirePermission(guild, bot.id, PermissionFlagsBits.SendMessages);
        const body = validateMessageBody(request.body, "create", request.files);
        if (body.poll) requirePermission(guild, bot.id, PermissionFlagsBits.SendPolls);
        if (body.enforceNonce && body.nonce !== undefined) {
          const twin = ctx.state
            .listMessages(channel.id)
            .find(
              (m) =>
                m.message.nonce === body.nonce &&
                m.message.author.id === bot.id &&
                Date.now() - Date.parse(m.message.timestamp) < NONCE_WINDOW_MS,
            );
          if (twin) return { body: renderMessage(twin) };
        }
        const ref = body.messageReference;
        if (ref) {
          const target = ctx.state.messages.get(ref.message_id ?? "");
          if (
            (!target || target.deleted || target.message.channel_id !== channel.id) &&
            ref.fail_if_not_exists !== false
          ) {
            const errors = new FormErrors();
            errors.add(["message_reference"], "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
            errors.throwIfAny();
          }
        }
        const stored = createMessage(ctx, { channelId: channel.id, author: bot, body });
        return { body: renderMessage(stored) };
      },
    },
    {
      method: "GET",
      path: "/channels/:channel_id/messages",
      handle: (request) => {
        const { channel, guild } = textChannel(ctx, request);
        requirePermission(guild, bot.id, PermissionFlagsBits.ReadMessageHistory);
        const limit = intParam(request.query, "limit", 50, 1, 100);
        const before = request.query.get("before");
        const after = request.query.get("after");
        let list = ctx.state.listMessages(channel.id);
        if (before) list = list.filter((m) => BigInt(m.message.id) < BigInt(before));
        if (after) list = list.filter((m) => BigInt(m.message.id) > BigInt(after));
        const newestFirst = list.reverse();
        const page = after ? newestFirst.slice(-limit) : newestFirst.slice(0, limit);
        return { body: page.map(renderMessage) };
      },
    },
    {
      method: "GET",
      path: "/channels/:channel_id/messages/:message_id",
      handle: (request) => {
        textChannel(ctx, request);
        return {
          body: renderMessage(
            ctx.state.channelMessage(request.param("channel_id"), request.param("message_id")),
          ),
        };
      },
    },
    {
      method: "PATCH",
      path: "/channels/:channel_id/messages/:message_id",
      handle: (request) => {
        const stored = ownMessage(ctx, request);
        updateMessage(ctx, stored, validateMessageBody(request.body, "edit", request.files));
        return { body: renderMessage(stored) };
      },
    },
    {
      method: "DELETE",
      path: "/channels/:channel_id/messages/:message_id",
      handle: (request) => {
        const { guild } = textChannel(ctx, request);
        const stored = ctx.state.channelMessage(request.param("channel_id"), request.param("message_id"));
        const canManage = (memberPermissions(guild, bot.id) & PermissionFlagsBits.ManageMessages) !== 0n;
        if (stored.message.author.id !== bot.id && !canManage) throw apiErrors.missingPermissions();
        deleteMessage(ctx, stored);
        return {};
      },
    },
    {
      method: "POST",
      path: "/channels/:channel_id/typing",
      handle: (request) => {
        textChannel(ctx, request);
        return {};
      },
    },
    {
      method: "GET",
      path: "/channels/:channel_id/polls/:message_id/answers/:answer_id",
      handle: (request) => {
        textChannel(ctx, request);
        const stored = ctx.state.channelMessage(request.param("channel_id"), request.param("message_id"));
        const limit = intParam(request.query, "limit", 25, 1, 100);
        const users = pollVoters(
          ctx,
          stored,
          Number(request.param("answer_id")),
          request.query.get("after"),
          limit,
        );
        return { body: { users } };
      },
    },
    {
      method: "POST",
      path: "/channels/:channel_id/polls/:message_id/expire",
      handle: (request) => {
        const stored = ownMessage(ctx, request);
        expirePoll(ctx, stored);
        return { body: renderMessage(stored) };
      },
    },
  ];
}
