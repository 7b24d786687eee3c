import type { PersonId } from "./ids.js";
import { isPersonId, platformOf } from "./ids.js";
import {
  type Account,
  cleanDisplayName,
  displayNameKey,
  handleStem,
  type PeopleBook,
  type PersonView,
  type TypedName,
} from "./people.js";

/** One account's row as the store keeps it. */
export interface AccountRow {
  account: PersonId;
  displayName: string | null;
  handle: string;
}

/**
 * The people directory of this process: every account whose name Jura has seen, in memory, so
 * rendering a text (a synchronous last step in every adapter) never waits on the database. The
 * store is its durable copy: loaded at boot, written through `persist` on every change. Jura is
 * one process per deployment (the chat bots and the delivery worker share it), so one
 * directory serves every surface; names are presentation only, never authority.
 */
export class PeopleDirectory implements PeopleBook {
  private readonly accounts = new Map<PersonId, Account>();
  private readonly handles = new Map<string, PersonId>();
  private readonly byName = new Map<string, Set<PersonId>>();
  /** Linked accounts to their person (`me link`); a person's own account is not in it. */
  private readonly links = new Map<PersonId, PersonId>();
  /** Where changes go to be kept (set at boot); errors are the callback's to log. */
  persist: ((row: AccountRow) => void) | undefined;

  /** Loads stored rows (at boot): no write-back. */
  load(rows: Iterable<AccountRow>): void {
    for (const row of rows) {
      if (!isPersonId(row.account)) continue;
      this.put(row.account, row.displayName ?? undefined, row.handle);
    }
  }

  /**
   * Records the display name a platform gives an account (a Discord nickname or global name, a
   * Matrix displayname). Returns whether anything changed (then it is persisted).
   */
  remember(id: PersonId, rawName: string | null | undefined): boolean {
    if (!isPersonId(id)) return false;
    const name = cleanDisplayName(rawName);
    const known = this.accounts.get(id);
    if (known && (name === undefined || known.name === name)) return false;
    if (!known && name === undefined && platformOf(id) !== "discord") return false;
    const handle = known?.handle ?? this.freeHandle(handleStem(name ?? "p"));
    this.put(id, name ?? known?.name, handle);
    this.persist?.({ account: id, displayName: name ?? known?.name ?? null, handle });
    return true;
  }

  /**
   * The person an account is: itself, or the account it was linked to. Adapters hand the core
   * this, so every row a command writes names the person, whichever account acted.
   */
  canonical(id: PersonId): PersonId {
    return this.links.get(id) ?? id;
  }

  /** Every account of the person `id` is (theirs first), named or not. */
  accountsOf(id: PersonId): PersonId[] {
    const person = this.canonical(id);
    return [person, ...[...this.links].filter(([, p]) => p === person).map(([a]) => a)];
  }

  /** Records that `account` is `person` (after `me link` committed, or at boot). */
  link(account: PersonId, person: PersonId): void {
    this.links.set(account, person);
  }

  unlink(account: PersonId): void {
    this.links.delete(account);
  }

  /** The person `id` is and every account of theirs (a linked person has one per platform). */
  get(id: PersonId): PersonView | undefined {
    const person = this.canonical(id);
    const ids = [person, ...[...this.links].filter(([, p]) => p === person).map(([a]) => a)];
    const accounts = ids.flatMap((a) => {
      const known = this.accounts.get(a);
      return known ? [this.view(known)] : [];
    });
    if (accounts.length === 0) return undefined;
    return { person, accounts };
  }

  /** The account Jura shows as `name`, as far as the directory knows: every candidate. */
  find(typed: TypedName): Account[] {
    if (typed.handle) {
      const id = this.handles.get(typed.handle);
      const account = id ? this.accounts.get(id) : undefined;
      if (!account) return [];
      if (typed.platform && account.platform !== typed.platform) return [];
      return [this.view(account)];
    }
    if (!typed.name) return [];
    const ids = this.byName.get(displayNameKey(typed.name)) ?? new Set();
    return [...ids]
      .map((id) => this.accounts.get(id))
      .filter((a): a is Account => a !== undefined && (!typed.platform || a.platform === typed.platform))
      .map((a) => this.view(a));
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.accounts.clear();
    this.links.clear();
    this.handles.clear();
    this.byName.clear();
  }

  private view(account: Account): Account {
    const same = account.name ? this.byName.get(displayNameKey(account.name)) : undefined;
    let ambiguous = false;
    for (const other of same ?? [])
      if (other !== account.id && platformOf(other) === account.platform) ambiguous = true;
    return { ...account, ambiguous };
  }

  private put(id: PersonId, name: string | undefined, handle: string): void {
    const old = this.accounts.get(id);
    if (old?.name) this.byName.get(displayNameKey(old.name))?.delete(id);
    if (old?.handle) this.handles.delete(old.handle);
    const platform = platformOf(id) ?? "shell";
    this.accounts.set(id, { id, platform, name, handle });
    this.handles.set(handle, id);
    if (name) {
      const key = displayNameKey(name);
      const set = this.byName.get(key) ?? new Set<PersonId>();
      set.add(id);
      this.byName.set(key, set);
    }
  }

  private freeHandle(stem: string): string {
    if (!this.handles.has(stem)) return stem;
    for (let n = 2; ; n++) if (!this.handles.has(`${stem}${n}`)) return `${stem}${n}`;
  }
}

/** The directory of this process (see PeopleDirectory). */
export const peopleDirectory = new PeopleDirectory();
