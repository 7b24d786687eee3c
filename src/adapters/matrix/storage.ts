import type { IFilterInfo, IStorageProvider } from "matrix-bot-sdk";
import type { Db } from "../../store/db.js";

const SYNC_TOKEN = "sync_token";
const FILTER = "filter";

/**
 * matrix-bot-sdk's storage (sync token, filter, its key-value pairs) in Postgres, in the
 * `matrix_storage` table, one row set per bot account. With it the bot process keeps no local
 * state: a restart resumes from the last sync token whose events were all handled.
 * The adapter keeps its own values here too (access token, federation spaces) under `jura:` keys.
 */
export class PostgresStorageProvider implements IStorageProvider {
  constructor(
    private readonly db: Db,
    /** The bot's user id: a different account never resumes another's sync. */
    readonly account: string,
  ) {}

  async setSyncToken(token: string | null): Promise<void> {
    if (token === null) await this.delete(SYNC_TOKEN);
    else await this.write(SYNC_TOKEN, token);
  }

  async getSyncToken(): Promise<string | null> {
    return (await this.read(SYNC_TOKEN)) ?? null;
  }

  async setFilter(filter: IFilterInfo): Promise<void> {
    await this.write(FILTER, JSON.stringify(filter));
  }

  /** The SDK expects null when no filter is stored, whatever its declared type says. */
  async getFilter(): Promise<IFilterInfo> {
    const value = await this.read(FILTER);
    return (value === undefined ? null : JSON.parse(value)) as IFilterInfo;
  }

  async storeValue(key: string, value: string): Promise<void> {
    await this.write(`sdk:${key}`, value);
  }

  async readValue(key: string): Promise<string | undefined> {
    return this.read(`sdk:${key}`);
  }

  /** The adapter's own values (not the SDK's), e.g. `space:<federationId>`. */
  readOwn(key: string): Promise<string | undefined> {
    return this.read(`jura:${key}`);
  }

  writeOwn(key: string, value: string): Promise<void> {
    return this.write(`jura:${key}`, value);
  }

  deleteOwn(key: string): Promise<void> {
    return this.delete(`jura:${key}`);
  }

  private async read(key: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("matrixStorage")
      .select("value")
      .where("account", "=", this.account)
      .where("key", "=", key)
      .executeTakeFirst();
    return row?.value;
  }

  private async write(key: string, value: string): Promise<void> {
    const now = new Date();
    await this.db
      .insertInto("matrixStorage")
      .values({ account: this.account, key, value, updatedAt: now })
      .onConflict((oc) => oc.columns(["account", "key"]).doUpdateSet({ value, updatedAt: now }))
      .execute();
  }

  private async delete(key: string): Promise<void> {
    await this.db
      .deleteFrom("matrixStorage")
      .where("account", "=", this.account)
      .where("key", "=", key)
      .execute();
  }
}
