import { type Config, limitsOf } from "../config.js";
import { type Clock, systemClock } from "../core/clock.js";
import { Registry } from "../core/commands/registry.js";
import type { Platform } from "../core/ids.js";
import { peopleDirectory } from "../core/people-directory.js";
import { setCommandNames } from "../core/people-text.js";
import type { Transport, UnitOfWork } from "../core/ports.js";
import { JobRuntime } from "../jobs/runtime.js";
import type { Log } from "../log.js";
import { attachPeopleDirectory } from "../store/people-repo.js";
import { unitOfWork } from "../store/store.js";
import { Jura } from "./jura.js";
import { type Services, startServices } from "./services.js";

/** A running Jura: services, the job runtime and the command front door, stopped as one. */
export interface Running {
  services: Services;
  jobs: JobRuntime;
  jura: Jura;
  uow: UnitOfWork;
  stop(): Promise<void>;
}

/**
 * Boots everything a process needs: database (migrated), Redis, the BullMQ workers with the
 * given transports, and the Jura front door. `stop()` finishes in-flight commands first.
 */
export async function boot(
  config: Config,
  log: Log,
  transports: ReadonlyMap<Platform, Transport>,
  opts: { deliveryConcurrency: number; clock?: Clock },
): Promise<Running> {
  const services = await startServices(config, log, { redis: true });
  const limits = limitsOf(config);
  const uow = unitOfWork(services.db, { announcementsPerPlacePerDay: limits.announcementsPerPlacePerDay });
  const clock = opts.clock ?? systemClock;
  const registry = new Registry();
  setCommandNames(registry.commands);
  await attachPeopleDirectory(services.db, peopleDirectory, log);
  const jobs = new JobRuntime({
    redisUrl: services.redisUrl,
    prefix: config.JURA_QUEUE_PREFIX,
    db: services.deliveryDb,
    uow,
    clock,
    transports,
    log,
    sweepEveryMs: config.JURA_SWEEP_INTERVAL_MS,
    deliveryConcurrency: opts.deliveryConcurrency,
    rateLimits: {
      matrix: config.JURA_RATE_LIMIT_MATRIX,
      discord: config.JURA_RATE_LIMIT_DISCORD,
      shell: config.JURA_RATE_LIMIT_SHELL,
    },
  });
  try {
    await jobs.startWorkers();
  } catch (error) {
    await jobs.close();
    await services.stop();
    throw error;
  }
  const jura = new Jura({
    limits,
    registry,
    uow,
    clock,
    log,
    afterCommit: () => jobs.enqueueRecent(),
    site: { publicUrl: publicUrl(config) },
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await jura.drain();
      await jobs.close();
      await services.stop();
    })();
    return stopping;
  };
  return { services, jobs, jura, uow, stop };
}

/** Where links to pages and exports point: JURA_PUBLIC_URL, or the HTTP server's own address. */
export function publicUrl(
  config: Pick<Config, "JURA_PUBLIC_URL" | "JURA_HTTP_HOST" | "JURA_HTTP_PORT">,
): string {
  if (config.JURA_PUBLIC_URL) {
    let url = config.JURA_PUBLIC_URL;
    while (url.endsWith("/")) url = url.slice(0, -1);
    return url;
  }
  const host = config.JURA_HTTP_HOST.includes(":") ? `[${config.JURA_HTTP_HOST}]` : config.JURA_HTTP_HOST;
  return `http://${host}:${config.JURA_HTTP_PORT}`;
}
