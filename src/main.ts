import { parseArgs } from "node:util";
import { ShellPrinter } from "./adapters/shell/printer.js";
import { runShell } from "./adapters/shell/shell.js";
import { boot, type Running } from "./app/run.js";
import { startServices } from "./app/services.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { PLATFORMS } from "./core/ids.js";
import { RedisNotInstalledError } from "./jobs/embedded-redis.js";
import { createLog, type Log } from "./log.js";

const USAGE = `Usage: npm run jura -- <command> [options]

Commands:
  start     run the bot: every configured chat adapter, or the local shell when none is
  shell     read commands from stdin, one per line: as <person> in <place>: <command>
              --json          one JSON object per bot message
              --as <person>   who runs bare command lines (default: you)
              --in <place>    where bare command lines run (default: #general)
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
  return shell(config, log, {
    json: values.json,
    interactive: interactive && !values.json,
    person: values.as ?? process.env.USER ?? "me",
    place: values.in ?? "#general",
    greet: command === "start",
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

async function shell(
  config: Config,
  log: Log,
  opts: { json: boolean; interactive: boolean; person: string; place: string; greet: boolean },
): Promise<number> {
  const printer = new ShellPrinter(process.stdout, opts.json);
  const transport = printer.transport();
  const running: Running = await boot(config, log, new Map(PLATFORMS.map((p) => [p, transport])), {
    deliveryConcurrency: 1,
  });
  if (opts.greet) {
    process.stdout.write(
      `Jura is running with no chat platform configured, so here is the local shell (data in ${config.JURA_DATA_DIR}).\nYou are ${opts.person} in ${opts.place}. Type help, or: as <person> in <place>: <command>. Ctrl-D quits.\n`,
    );
  }
  const session = runShell({
    jura: running.jura,
    input: process.stdin,
    printer,
    person: opts.person,
    place: opts.place,
    interactive: opts.interactive,
    settle: () => running.jobs.waitIdle(PLATFORMS),
  });
  onSignal(() => session.stop());
  const failures = await session.done;
  await running.jobs.waitIdle(PLATFORMS);
  await running.stop();
  return failures > 0 ? 1 : 0;
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
