import {
  type APIApplicationCommand,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { DoubleContext } from "./context.js";
import { FormErrors } from "./form-errors.js";
import type { RouteDefinition, RouteRequest } from "./http-router.js";
import { checkCommand, normalizeOptions, validateCommandList } from "./validate-commands.js";

function scope(ctx: DoubleContext, request: RouteRequest): string | null {
  if (request.param("application_id") !== ctx.state.options.applicationId) throw apiErrors.missingAccess();
  if (!request.path.includes("/guilds/")) return null;
  const guildId = request.param("guild_id");
  if (!ctx.state.guilds.has(guildId)) throw apiErrors.missingAccess();
  return guildId;
}

/** Builds the stored command, keeping id (and version when unchanged) of a same-name command. */
function toCommand(
  ctx: DoubleContext,
  guildId: string | null,
  body: RESTPostAPIApplicationCommandsJSONBody,
  previous: APIApplicationCommand | undefined,
): APIApplicationCommand {
  const type = body.type ?? ApplicationCommandType.ChatInput;
  const command: APIApplicationCommand = {
    id: previous?.id ?? ctx.state.ids.next(),
    type,
    application_id: ctx.state.options.applicationId,
    name: body.name,
    name_localizations: body.name_localizations ?? null,
    description:
      type === ApplicationCommandType.ChatInput
        ? "description" in body
          ? (body.description ?? "")
          : ""
        : "",
    description_localizations:
      "description_localizations" in body ? (body.description_localizations ?? null) : null,
    default_member_permissions: body.default_member_permissions ?? null,
    dm_permission: guildId === null,
    nsfw: body.nsfw ?? false,
    integration_types: body.integration_types ?? [ApplicationIntegrationType.GuildInstall],
    contexts:
      body.contexts ??
      (guildId === null
        ? [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel]
        : null),
    version: previous?.version ?? "",
  };
  if (guildId) command.guild_id = guildId;
  const options = "options" in body ? normalizeOptions(body.options) : undefined;
  if (options) command.options = options;
  const changed =
    !previous || JSON.stringify({ ...previous, version: "" }) !== JSON.stringify({ ...command, version: "" });
  command.version = changed ? ctx.state.ids.next() : (previous?.version ?? ctx.state.ids.next());
  return command;
}

const find = (list: APIApplicationCommand[], name: string, type: number | undefined) =>
  list.find((c) => c.name === name && c.type === (type ?? ApplicationCommandType.ChatInput));

function single(ctx: DoubleContext, request: RouteRequest): { list: APIApplicationCommand[]; index: number } {
  const list = ctx.state.commands(scope(ctx, request));
  const index = list.findIndex((c) => c.id === request.param("command_id"));
  if (index < 0) throw apiErrors.unknownCommand();
  return { list, index };
}

function routesFor(ctx: DoubleContext, base: string): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: base,
      handle: (request) => ({ body: ctx.state.commands(scope(ctx, request)) }),
    },
    {
      method: "PUT",
      path: base,
      handle: (request) => {
        const guildId = scope(ctx, request);
        const list = ctx.state.commands(guildId);
        const bodies = validateCommandList(request.body);
        const next = bodies.map((body) => toCommand(ctx, guildId, body, find(list, body.name, body.type)));
        list.splice(0, list.length, ...next);
        ctx.feed.notify();
        return { body: next };
      },
    },
    {
      method: "POST",
      path: base,
      handle: (request) => {
        const guildId = scope(ctx, request);
        const list = ctx.state.commands(guildId);
        const errors = new FormErrors();
        const body = checkCommand(errors, [], request.body);
        errors.throwIfAny();
        if (!body) throw apiErrors.notFound();
        const previous = find(list, body.name, body.type);
        const command = toCommand(ctx, guildId, body, previous);
        if (previous) list.splice(list.indexOf(previous), 1, command);
        else list.push(command);
        ctx.feed.notify();
        return { status: previous ? 200 : 201, body: command };
      },
    },
    {
      method: "GET",
      path: `${base}/:command_id`,
      handle: (request) => {
        const { list, index } = single(ctx, request);
        return { body: list[index] };
      },
    },
    {
      method: "PATCH",
      path: `${base}/:command_id`,
      handle: (request) => {
        const { list, index } = single(ctx, request);
        const previous = list[index];
        const errors = new FormErrors();
        const merged = checkCommand(errors, [], { ...previous, ...(request.body as object) });
        errors.throwIfAny();
        if (!merged || !previous) throw apiErrors.unknownCommand();
        const command = toCommand(ctx, previous.guild_id ?? null, merged, previous);
        list.splice(index, 1, command);
        ctx.feed.notify();
        return { body: command };
      },
    },
    {
      method: "DELETE",
      path: `${base}/:command_id`,
      handle: (request) => {
        const { list, index } = single(ctx, request);
        list.splice(index, 1);
        ctx.feed.notify();
        return {};
      },
    },
  ];
}

/** Global and guild application-command routes (list, bulk overwrite, create, get, edit, delete). */
export function commandRoutes(ctx: DoubleContext): RouteDefinition[] {
  return [
    ...routesFor(ctx, "/applications/:application_id/commands"),
    ...routesFor(ctx, "/applications/:application_id/guilds/:guild_id/commands"),
  ];
}
