import { Client, GatewayIntentBits, Options, REST } from "discord.js";
import type { Log } from "../../log.js";
import type { RequestGovernor } from "./request-governor.js";

/**
 * The fewest intents Jura needs: Guilds (guilds, channels and roles, and the interactions that
 * carry every command) and GuildMessagePolls (votes in native polls). No privileged intent:
 * Jura never reads message content or member lists.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessagePolls] as const;

/** The gateway client: interactions, poll votes, guild/role caches. Messages are not cached. */
export function createClient(apiBase: string, governor: RequestGovernor, log: Log): Client {
  const client = new Client({
    intents: [...INTENTS],
    rest: { api: apiBase, makeRequest: governor.makeRequest(), invalidRequestWarningInterval: 100 },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      PresenceManager: 0,
    }),
  });
  watchRest(client.rest, log, "client");
  client.on("warn", (message) => log.warn({ component: "discord.js" }, message));
  client.on("error", (err) => log.error({ err, component: "discord.js" }, "Discord client error"));
  return client;
}

/**
 * The announcement sender's REST client. It rejects with RateLimitError instead of waiting when
 * Discord limits a route (or a bucket is spent), so the delivery queue can pause every process.
 */
export function createSender(apiBase: string, token: string, governor: RequestGovernor, log: Log): REST {
  const rest = new REST({
    api: apiBase,
    rejectOnRateLimit: () => true,
    makeRequest: governor.makeRequest(),
    invalidRequestWarningInterval: 100,
  }).setToken(token);
  watchRest(rest, log, "sender");
  return rest;
}

function watchRest(rest: REST, log: Log, which: string): void {
  rest.on("rateLimited", (info) =>
    log.debug(
      { rest: which, route: info.route, global: info.global, retryAfter: info.retryAfter },
      "Discord rate limit",
    ),
  );
  rest.on("invalidRequestWarning", (info) =>
    log.warn(
      { rest: which, count: info.count, remainingMs: info.remainingTime },
      "many invalid Discord requests (401/403/429) in 10 minutes; Discord bans at 10 000",
    ),
  );
}
