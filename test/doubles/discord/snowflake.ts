const DISCORD_EPOCH = 1420070400000n;

/**
 * Generates Discord-shaped snowflakes (ms since 2015 << 22 | increment) so ids sort by creation
 * time like real ones and `SnowflakeUtil.timestampFrom` in discord.js gives a sensible date.
 */
export class SnowflakeFactory {
  private increment = 0n;

  next(at: number = Date.now()): string {
    this.increment = (this.increment + 1n) & 0xfffn;
    return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | this.increment).toString();
  }
}

/** Milliseconds since the Unix epoch encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
