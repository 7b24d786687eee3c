import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits } from "discord-api-types/v10";
import { ChangeFeed } from "./change-feed.js";
import type { DoubleContext } from "./context.js";
import type { DiscordDouble } from "./double.js";
import { Gateway } from "./gateway.js";
import { HttpRouter } from "./http-router.js";
import {
  chatInputPayload,
  injectAutocomplete,
  injectChatInput,
  injectComponent,
  injectModalSubmit,
  injectRawInteraction,
  interactionRecord,
} from "./interactions.js";
import { createMessage, renderMessage } from "./messages.js";
import { guildCreate } from "./payloads.js";
import { expirePoll, unvotePoll, votePoll } from "./polls.js";
import { RateLimiter } from "./rate-limits.js";
import { commandRoutes } from "./routes-commands.js";
import { coreRoutes } from "./routes-core.js";
import { guildRoutes } from "./routes-guilds.js";
import { interactionRoutes } from "./routes-interactions.js";
import { messageRoutes } from "./routes-messages.js";
import { DoubleState } from "./state.js";
import type { DiscordDoubleOptions } from "./types.js";
import { validateMessageBody } from "./validate-messages.js";

/**
 * Starts a fake Discord on a random loopback port: REST under `/api/v10` and the gateway
 * WebSocket on `/`, seeded with the given guilds. Close it in the test's cleanup.
 */
export async function startDiscordDouble(options: DiscordDoubleOptions): Promise<DiscordDouble> {
  const state = new DoubleState(options);
  const feed = new ChangeFeed();
  let port = 0;
  const origin = (): string => `http://127.0.0.1:${port}`;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}`;
  const gateway = new Gateway(state, feed, gatewayUrl);
  const ctx: DoubleContext = { state, gateway, feed, origin };
  const limiter = new RateLimiter(
    options.rateLimit ?? { limit: 5, windowSeconds: 5 },
    options.globalRateLimitPerSecond ?? 50,
  );
  const router = new HttpRouter(options.token, limiter, feed);
  router.add([
    ...coreRoutes(ctx, gatewayUrl),
    ...commandRoutes(ctx),
    ...messageRoutes(ctx),
    ...interactionRoutes(ctx),
    ...guildRoutes(ctx),
  ]);

  const server = createServer((request, response) => {
    void router.handle(request, response);
  });
  server.on("upgrade", (request, socket, head: Buffer) => gateway.upgrade(request, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const poll = (channelId: string, messageId: string) => state.channelMessage(channelId, messageId);

  return {
    apiBase: `${origin()}/api`,
    gatewayUrl: gatewayUrl(),
    requests: router.requests,
    internalErrors: router.internalErrors,
    gatewayFrames: gateway.received,
    gatewayStats: gateway.stats,
    get liveSessions() {
      return gateway.liveSessions;
    },

    messages: (channelId, opts) => state.listMessages(channelId, opts?.as).map(renderMessage),
    commands: (guildId) => structuredClone(state.commands(guildId ?? null)),
    scheduledEvents: (guildId) => structuredClone([...state.guild(guildId).scheduledEvents.values()]),
    memberRoles: (guildId, userId) => [...(state.guild(guildId).members.get(userId)?.roles ?? [])],
    interaction: (id) => interactionRecord(ctx, id),

    dispatch: (event, data) => gateway.dispatch(event, data),
    addGuild: (seed) => {
      const guild = state.addGuild(seed);
      return gateway.dispatch(GatewayDispatchEvents.GuildCreate, null, {
        intent: GatewayIntentBits.Guilds,
        guildId: guild.id,
        transform: (_data, session) => guildCreate(state, guild, session.intents),
      });
    },
    disconnect: (code = GatewayCloseCodes.UnknownError) => gateway.disconnect(code),
    requestReconnect: () => gateway.requestReconnect(),
    invalidateSession: (resumable) => gateway.invalidateSessions(resumable),
    setHeartbeatAck: (enabled) => gateway.setHeartbeatAck(enabled),

    injectChatInput: (input) => injectChatInput(ctx, input),
    chatInputPayload: (input) => chatInputPayload(ctx, input),
    injectRawInteraction: (payload) => injectRawInteraction(ctx, payload),
    injectAutocomplete: (input) => injectAutocomplete(ctx, input),
    injectButton: (input) => injectComponent(ctx, input),
    injectSelect: (input) => injectComponent(ctx, input),
    injectModalSubmit: (input) => injectModalSubmit(ctx, input),
    injectMessage: (input) => {
      const { guild } = state.channel(input.channelId);
      if (!guild.members.has(input.userId))
        throw new Error(`user ${input.userId} is not a member of guild ${guild.id}`);
      const body = validateMessageBody({ content: input.content }, "create", []);
      return renderMessage(
        createMessage(ctx, { channelId: input.channelId, author: state.user(input.userId), body }),
      );
    },

    votePoll: (channelId, messageId, userId, answerId) =>
      votePoll(ctx, poll(channelId, messageId), userId, answerId),
    unvotePoll: (channelId, messageId, userId, answerId) =>
      unvotePoll(ctx, poll(channelId, messageId), userId, answerId),
    endPoll: (channelId, messageId) => {
      const stored = poll(channelId, messageId);
      expirePoll(ctx, stored);
      return renderMessage(stored);
    },

    inject429: (opts) => limiter.inject429(opts),
    inject5xx: (opts) => limiter.inject5xx(opts),

    waitFor: (probe, opts) => feed.waitFor(probe, opts),
    waitForRequest: (predicate, opts) =>
      feed.waitFor(() => router.requests.find(predicate), { description: "a matching request", ...opts }),
    waitForMessage: (channelId, predicate = () => true, opts) =>
      feed.waitFor(() => state.listMessages(channelId).map(renderMessage).find(predicate), {
        description: `a matching message in channel ${channelId}`,
        ...opts,
      }),
    interactionResponse: (interactionId, opts) =>
      feed.waitFor(() => interactionRecord(ctx, interactionId).callback, {
        description: `the response to interaction ${interactionId}`,
        ...opts,
      }),
    waitForSession: (opts) =>
      feed
        .waitFor(() => gateway.liveSessions > 0 || undefined, {
          description: "an identified gateway session",
          ...opts,
        })
        .then(() => undefined),

    close: async () => {
      feed.close();
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
