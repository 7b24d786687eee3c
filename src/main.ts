import { parseArgs } from "node:util";
import { DiscordStartError } from "./adapters/discord/errors.js";
import { MatrixStartError } from "./adapters/matrix/errors.js";
import { type HttpServer, HttpStartError, startHttpServer } from "./app/http-server.js";
import type { Jura } from "./app/jura.js";
import { boot } from "./app/run.js";
import { startServices } from "./app/services.js";
import { runShellSession } from "./app/shell-session.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { systemClock } from "./core/clock.js";
import type { Platform } from "./core/ids.js";
import type { Transport } from "./core/ports.js";
import { createLog, type Log } from "./log.js";
import { StartError } from "./os/start-error.js";
import type { Db } from "./store/db.js";

const USAGE = `Usage: npm run jura -- <command> [options]

Commands:
  start     run the bot: every configured chat adapter, or the local shell when none is
  shell     read commands from stdin, one per line: as <person> in <place>: <command>
              --json          one JSON object per bot message
              --as <person>   who runs bare command lines (default: you)
              --in <place>    where bare command lines run (default: #general)
              --clock <time>  run on a virtual clock from this ISO time; script lines
                              "advance 14d" move it and run everything that falls due
  worker    run background workers only (several processes can share the load)
  migrate   apply database migrations and exit
`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      as: { type: "string" },
      in: { type: "string" },
      clock: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals[0] ?? "start";
  if (values.help || !["start", "shell", "worker", "migrate"].includes(command)) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const runsChat =
    command === "start" && (config.MATRIX_HOMESERVER_URL !== undefined || config.DISCORD_TOKEN !== undefined);
  const log = createLog(config.LOG_LEVEL ?? (command === "worker" || runsChat ? "info" : "warn"));
  if (command === "migrate") return migrate(config, log);
  if (command === "worker") return worker(config, log);
  if (runsChat) return chat(config, log);
  // No chat platform is configured, so `start` opens the shell on this terminal.
  const interactive = command === "start" || Boolean(process.stdin.isTTY);
  return runShellSession(config, log, {
    json: values.json,
    interactive: interactive && !values.json,
    person: values.as ?? process.env.USER ?? "me",
    place: values.in ?? "#general",
    greet: command === "start",
    clock: values.clock,
    onStop: onSignal,
  });
}

async function migrate(config: Config, log: Log): Promise<number> {
  const services = await startServices(config, log, { redis: false });
  await services.stop();
  process.stdout.write("Database is up to date.\n");
  return 0;
}

async function worker(config: Config, log: Log): Promise<number> {
  const running = await boot(config, log, new Map(), { deliveryConcurrency: 8 });
  log.info("worker running; stop with Ctrl-C");
  await new Promise<void>((resolve) => onSignal(resolve));
  await running.stop();
  return 0;
}

/** A chat platform's bot: its transport goes to the job runtime first, then it starts. */
interface ChatBot {
  readonly transport: Transport;
  start(deps: { db: Db; jura: Jura }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every configured chat bot in this process, sharing one database, job runtime and Jura (each
 * adapter is loaded only when configured, so the shell never loads matrix-bot-sdk or discord.js).
 */
async function chat(config: Config, log: Log): Promise<number> {
  const bots = new Map<Platform, ChatBot>();
  if (config.MATRIX_HOMESERVER_URL !== undefined) {
    const { MatrixBot } = await import("./adapters/matrix/bot.js");
    bots.set("matrix", new MatrixBot(config, log));
  }
  if (config.DISCORD_TOKEN !== undefined) {
    const { DiscordBot } = await import("./adapters/discord/bot.js");
    bots.set("discord", new DiscordBot(config, log));
  }
  const transports = new Map([...bots].map(([platform, bot]) => [platform, bot.transport] as const));
  const running = await boot(config, log, transports, { deliveryConcurrency: 1 });
  let http: HttpServer | undefined;
  const stopAll = async () => {
    await http?.close();
    for (const bot of bots.values()) await bot.stop();
    await running.stop();
  };
  try {
    // GET /health and the federations' calendar feeds; JURA_HTTP_PORT=0 turns it off.
    if (config.JURA_HTTP_PORT > 0) {
      const deps = { db: running.services.db, redis: running.jobs, clock: systemClock, log };
      http = await startHttpServer(deps, { host: config.JURA_HTTP_HOST, port: config.JURA_HTTP_PORT });
    }
    for (const bot of bots.values()) await bot.start({ db: running.services.db, jura: running.jura });
  } catch (error) {
    await stopAll();
    throw error;
  }
  await new Promise<void>((resolve) => onSignal(resolve));
  log.info({ platforms: [...bots.keys()] }, "stopping the chat bots");
  await stopAll();
  return 0;
}

/**
 * A signal copied to us within this long after the first is the same request: `npm start`
 * forwards the SIGTERM (or Ctrl-C's SIGINT) that its whole process group also received.
 */
const SAME_SIGNAL_MS = 2_000;

/**
 * Listens for SIGINT and SIGTERM from the very start, so a signal during start-up is a graceful
 * stop as soon as Jura is up. Returns how to be told: the handler runs at once if a stop was
 * already asked for. A copy of the signal arriving right after the first (see SAME_SIGNAL_MS)
 * is ignored; a later one means "now": exit 130 without waiting.
 */
function listenForStop(): (handler: () => void) => void {
  const handlers: Array<() => void> = [];
  let first: number | undefined;
  const listener = (signal: NodeJS.Signals) => {
    const now = Date.now();
    if (first === undefined) {
      first = now;
      for (const handler of handlers.splice(0)) handler();
    } else if (now - first > SAME_SIGNAL_MS) {
      process.stderr.write(`Jura stops at once (a second ${signal} while stopping).\n`);
      process.exit(130);
    }
  };
  process.on("SIGINT", listener);
  process.on("SIGTERM", listener);
  return (handler) => {
    if (first === undefined) handlers.push(handler);
    else handler();
  };
}

const onSignal = listenForStop();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Everything was closed; if a dead service left a socket retrying, do not wait on it.
    setTimeout(() => process.exit(code), 2000).unref();
  },
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      error instanceof StartError ||
      error instanceof MatrixStartError ||
      error instanceof DiscordStartError ||
      error instanceof HttpStartError
    ) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(
        `Jura stopped on an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
