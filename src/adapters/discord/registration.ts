import { createHash } from "node:crypto";
import type { REST } from "discord.js";
import { type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from "discord-api-types/v10";
import type { Log } from "../../log.js";
import type { Db } from "../../store/db.js";
import { registeredCommandHash, saveCommandHash } from "../../store/discord-commands.js";
import { learnCommandIds } from "./render.js";

/** Stable fingerprint of command definitions: same specs, same hash, across processes. */
export function commandsHash(commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[]): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => [k, canonical(v)]),
      );
    return value;
  };
  return createHash("sha256")
    .update(JSON.stringify(canonical(commands)))
    .digest("hex");
}

/** The registered commands Discord answers with: their ids make command mentions clickable. */
function learnAnswer(answer: unknown): void {
  if (Array.isArray(answer))
    learnCommandIds(answer as Array<{ id?: string; name: string; options?: unknown }>);
}

/**
 * Registers the slash commands with one bulk overwrite per scope (each allowed guild, or
 * global when every guild is allowed), and only when their hash differs from the one stored
 * after the last registration: a restart with unchanged specs sends nothing. Returns the
 * scopes it registered.
 */
export async function registerCommands(deps: {
  rest: REST;
  db: Db;
  log: Log;
  applicationId: string;
  guildIds: readonly string[];
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
}): Promise<string[]> {
  const { rest, db, log, applicationId, commands } = deps;
  const hash = commandsHash(commands);
  const scopes = deps.guildIds.length > 0 ? deps.guildIds.map((id) => `guild:${id}`) : ["global"];
  const registered: string[] = [];
  for (const scope of scopes) {
    const guildId = scope.startsWith("guild:") ? scope.slice(6) : undefined;
    const route = guildId
      ? Routes.applicationGuildCommands(applicationId, guildId)
      : Routes.applicationCommands(applicationId);
    if ((await registeredCommandHash(db, applicationId, scope)) === hash) {
      // Unchanged: read their ids once, for clickable command mentions (the first scope is enough).
      if (scope === scopes[0])
        await rest
          .get(route)
          .then(learnAnswer, (err: unknown) => log.warn({ err }, "could not read the commands' ids"));
      continue;
    }
    learnAnswer(await rest.put(route, { body: commands }));
    await saveCommandHash(db, applicationId, scope, hash);
    registered.push(scope);
    log.info({ scope, commands: commands.length, hash: hash.slice(0, 12) }, "slash commands registered");
  }
  if (registered.length === 0) log.info({ hash: hash.slice(0, 12) }, "slash commands unchanged");
  return registered;
}
