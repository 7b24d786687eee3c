import type { APIApplication, APIGatewayBotInfo } from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import type { DoubleContext } from "./context.js";
import { applicationFlags } from "./gateway-types.js";
import type { RouteDefinition } from "./http-router.js";
import { apiChannel } from "./payloads.js";

const SESSION_STARTS_PER_DAY = 1000;

/** The application object of `GET /applications/@me`. */
function application(ctx: DoubleContext): APIApplication {
  const flags = applicationFlags(ctx.state);
  return {
    id: ctx.state.options.applicationId,
    name: ctx.state.bot.username,
    icon: null,
    description: "",
    bot_public: false,
    bot_require_code_grant: false,
    bot: ctx.state.bot,
    summary: "",
    verify_key: "0".repeat(64),
    team: null,
    flags,
    flags_new: String(flags),
    install_params: { scopes: [], permissions: "0" },
    approximate_guild_count: ctx.state.guilds.size,
  } as APIApplication;
}

/** Gateway discovery, the bot's own user and application, users and single channels. */
export function coreRoutes(ctx: DoubleContext, gatewayUrl: () => string): RouteDefinition[] {
  return [
    { method: "GET", path: "/gateway", auth: false, handle: () => ({ body: { url: gatewayUrl() } }) },
    {
      method: "GET",
      path: "/gateway/bot",
      handle: () => {
        const info: APIGatewayBotInfo = {
          url: gatewayUrl(),
          shards: 1,
          session_start_limit: {
            total: SESSION_STARTS_PER_DAY,
            remaining: Math.max(0, SESSION_STARTS_PER_DAY - ctx.gateway.stats.identifies),
            reset_after: 86_400_000,
            max_concurrency: 1,
          },
        };
        return { body: info };
      },
    },
    { method: "GET", path: "/users/@me", handle: () => ({ body: ctx.state.bot }) },
    {
      method: "GET",
      path: "/users/:user_id",
      handle: (request) => {
        const user = ctx.state.users.get(request.param("user_id"));
        if (!user) throw apiErrors.unknownUser();
        return { body: user };
      },
    },
    { method: "GET", path: "/applications/@me", handle: () => ({ body: application(ctx) }) },
    { method: "GET", path: "/oauth2/applications/@me", handle: () => ({ body: application(ctx) }) },
    {
      method: "GET",
      path: "/channels/:channel_id",
      handle: (r) => ({ body: apiChannel(ctx.state.channel(r.param("channel_id")).channel) }),
    },
  ];
}
