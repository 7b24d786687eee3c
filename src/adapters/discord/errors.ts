/**
 * Why the Discord bot cannot start, in words an operator can act on (wrong token, wrong
 * application id). `npm start` prints the message alone, without a stack trace.
 */
export class DiscordStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DiscordStartError";
  }
}

/** A login failure explained: the token, the intents or the network. */
export function explainLoginError(error: unknown): DiscordStartError {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === "TokenInvalid" || /401|invalid token|authentication failed/i.test(text))
    return new DiscordStartError(
      "Discord refused DISCORD_TOKEN: copy the bot token again (Developer Portal > your application > Bot > Reset Token).",
      { cause: error },
    );
  if (/disallowed intents/i.test(text))
    return new DiscordStartError(
      "Discord refused the gateway intents Jura asked for; it needs no privileged intent, so check the application's settings.",
      { cause: error },
    );
  return new DiscordStartError(`Jura could not connect to Discord: ${text}`, { cause: error });
}
