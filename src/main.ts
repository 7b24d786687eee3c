import { parseArgs } from "node:util";
import { boot } from "./app/run.js";
import { startServices } from "./app/services.js";
import { runShellSession } from "./app/shell-session.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { RedisNotInstalledError } from "./jobs/embedded-redis.js";
import { createLog, type Log } from "./log.js";

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
  const log = createLog(config.LOG_LEVEL ?? (command === "worker" ? "info" : "warn"));
  if (command === "migrate") return migrate(config, log);
  if (command === "worker") return worker(config, log);
  // No chat adapter exists yet, so `start` opens the shell on this terminal.
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

function onSignal(handler: () => void): void {
  let count = 0;
  const listener = () => {
    count += 1;
    if (count > 1) process.exit(130);
    handler();
  };
  process.on("SIGINT", listener);
  process.on("SIGTERM", listener);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Everything was closed; if a dead service left a socket retrying, do not wait on it.
    setTimeout(() => process.exit(code), 2000).unref();
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof RedisNotInstalledError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(
        `Jura stopped on an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
