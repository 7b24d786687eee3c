export type { WaitOptions } from "./change-feed.js";
export type { DiscordDouble, UserMessageInjection } from "./double.js";
export type { ReceivedFrame } from "./gateway-types.js";
export { startDiscordDouble } from "./server.js";
export type {
  AutocompleteInjection,
  ChannelSeed,
  ChatInputInjection,
  ComponentInjection,
  DiscordDoubleOptions,
  GuildSeed,
  Inject5xxOptions,
  Inject429Options,
  InjectedOptionValues,
  InteractionCallbackRecord,
  InteractionRecord,
  InteractionStep,
  MemberSeed,
  ModalSubmitInjection,
  RateLimitPolicy,
  RecordedRequest,
  RoleSeed,
} from "./types.js";
