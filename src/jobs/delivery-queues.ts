import type { Queue } from "bullmq";
import { PLATFORMS, type Platform, platformOf } from "../core/ids.js";
import type { OutboxQueue } from "../store/outbox-queue.js";
import { deliverJob } from "./deliver.js";

/** Deduplication id of the prompt that waits in each platform's queue. */
const PROMPT = "prompt";

/**
 * Wakes the delivery workers. Postgres is the queue: a delivery job carries no rows, it is a
 * prompt to claim whatever is waiting. At most one prompt waits per platform (a running one
 * stops counting, since what it claimed may predate the rows that ask now), so prompting as
 * often as wanted, from any process, costs one Redis call and never piles up jobs.
 */
export class DeliveryQueues {
  constructor(
    private readonly queues: ReadonlyMap<Platform, Queue>,
    private readonly outbox: OutboxQueue,
    private readonly retryDelayMs: number,
  ) {}

  /**
   * Hands over what a sweep batch just wrote: a job per platform for the rows reserved under
   * `token` (on `reservable` platforms), a prompt for the rest.
   */
  async handOver(places: readonly string[], token: string, reservable: ReadonlySet<Platform>): Promise<void> {
    const platforms = platformsOf(places);
    const reserved = [...platforms].filter((p) => reservable.has(p));
    await Promise.all([
      ...reserved.map((platform) =>
        this.queues
          .get(platform)
          ?.add(deliverJob.name, { token }, { removeOnComplete: true, removeOnFail: true }),
      ),
      this.prompt([...platforms].filter((p) => !reservable.has(p))),
    ]);
  }

  /** Prompts the platforms of these places (announcements just written). */
  async places(places: readonly string[]): Promise<void> {
    await this.prompt(platformsOf(places));
  }

  /**
   * Prompts every platform with rows a sender could claim now: what a flushed Redis, a crashed
   * sender or an ended retry wait left behind. Returns the platforms prompted.
   */
  async pending(): Promise<Platform[]> {
    const names = await this.outbox.claimablePlatforms();
    const platforms = PLATFORMS.filter((p) => names.includes(p));
    await this.prompt(platforms);
    return platforms;
  }

  /**
   * Prompts the platforms of the newest undelivered rows: after a command commits, its
   * announcements are among them, so a command's cost does not grow with the backlog.
   */
  async recent(limit = 100): Promise<void> {
    await this.places((await this.outbox.newest(limit)).map((r) => r.place));
  }

  /** One waiting prompt per platform; a running prompt does not count. */
  async prompt(platforms: Iterable<Platform>): Promise<void> {
    await Promise.all(
      [...platforms].map((platform) =>
        this.queues.get(platform)?.add(
          deliverJob.name,
          {},
          {
            deduplication: { id: PROMPT },
            attempts: 5,
            backoff: { type: "exponential", delay: this.retryDelayMs },
            removeOnComplete: true,
            removeOnFail: true,
          },
        ),
      ),
    );
  }

  /** A prompt in `ms`, for a row resting after a failed try (not deduplicated: it is delayed). */
  async promptIn(platform: Platform, ms: number): Promise<void> {
    await this.queues
      .get(platform)
      ?.add(
        deliverJob.name,
        {},
        { delay: Math.max(0, Math.ceil(ms)), removeOnComplete: true, removeOnFail: true },
      );
  }
}

/** The known platforms these places are on, each once. */
const platformsOf = (places: readonly string[]): Set<Platform> =>
  new Set(places.flatMap((place) => platformOf(place) ?? []));
