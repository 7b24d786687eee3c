import { type Kysely, sql } from "kysely";

/**
 * Treasury: open books for circles and the federation's common funds, a mutual-credit pool per
 * federation, the solidarity levy, budgets, and aid amounts that add up exactly.
 *
 * One double-entry journal for everything. An account belongs to a circle (`cash`, `income`,
 * `expense`, one per unit), to a federation's fund (`fund`), or to a circle in a federation's
 * credit pool (`credit`); it has one unit (an ISO 4217 currency, `hours` or `credits`) and its
 * balance in minor units (`bigint`), kept by a trigger as lines are written. The database itself
 * guarantees what the code also checks:
 * - every entry's lines sum to zero per unit (a deferred constraint trigger, checked at commit),
 *   and an entry has at least two lines;
 * - entries and lines are never updated or deleted (only reversed, by a new entry);
 * - a line's unit is its account's (a composite foreign key);
 * - cash and funds never go below zero, and a credit account never below its limit (the
 *   pool's default unless the federation set one for that circle), whenever a balance falls.
 * Aid amounts become exact decimals, offers keep their own unit, and deliveries add up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (query: string) => sql.raw(query).execute(db);

  await run(`
    create table fund (
      id integer generated always as identity primary key,
      federation_id integer not null references federation (id),
      name text not null,
      name_key text not null,
      unit text not null,
      purpose text not null default '',
      created_by text not null,
      created_at timestamptz not null,
      proposal_id integer references proposal (id),
      unique (federation_id, name_key)
    )`);
  await run(`
    create table credit_pool (
      federation_id integer primary key references federation (id),
      unit text not null,
      default_limit bigint not null check (default_limit >= 0),
      created_at timestamptz not null
    )`);
  await run(`
    create table account (
      id integer generated always as identity primary key,
      kind text not null check (kind in ('cash', 'income', 'expense', 'fund', 'credit')),
      unit text not null,
      circle_id integer references circle (id),
      fund_id integer references fund (id),
      federation_id integer references federation (id),
      balance bigint not null default 0,
      credit_limit bigint check (credit_limit >= 0),
      unique (id, unit),
      constraint account_owner check (
        (kind in ('cash', 'income', 'expense') and circle_id is not null and fund_id is null and federation_id is null)
        or (kind = 'fund' and fund_id is not null and federation_id is not null and circle_id is null)
        or (kind = 'credit' and circle_id is not null and federation_id is not null and fund_id is null)
      ),
      constraint account_limit_is_credit check (credit_limit is null or kind = 'credit')
    )`);
  await run(`create unique index account_circle_key on account (circle_id, kind, unit)
    where kind in ('cash', 'income', 'expense')`);
  await run(`create unique index account_fund_key on account (fund_id) where kind = 'fund'`);
  await run(
    `create unique index account_credit_key on account (federation_id, circle_id) where kind = 'credit'`,
  );

  await run(`
    create table levy_rule (
      id integer generated always as identity primary key,
      federation_id integer not null references federation (id),
      fund_id integer not null references fund (id),
      unit text not null,
      rate_bp integer not null check (rate_bp between 1 and 5000),
      threshold bigint not null check (threshold >= 0),
      created_by text not null,
      created_at timestamptz not null,
      proposal_id integer references proposal (id),
      ended_at timestamptz
    )`);
  await run(`create unique index levy_rule_active on levy_rule (federation_id, unit) where ended_at is null`);

  await run(`
    create table budget (
      id integer generated always as identity primary key,
      circle_id integer not null references circle (id),
      name text not null,
      name_key text not null,
      unit text not null,
      created_by text not null,
      created_at timestamptz not null,
      unique (circle_id, name_key)
    )`);
  await run(`
    create table budget_line (
      id integer generated always as identity primary key,
      budget_id integer not null references budget (id),
      name text not null,
      name_key text not null,
      planned bigint not null check (planned >= 0),
      unique (budget_id, name_key)
    )`);

  await run(`
    create table book_setting (
      circle_id integer primary key references circle (id),
      memos_internal boolean not null default false
    )`);
  await run(`
    create table book_threshold (
      circle_id integer not null references circle (id),
      unit text not null,
      amount bigint not null check (amount >= 0),
      primary key (circle_id, unit)
    )`);

  await run(`
    create table journal_entry (
      id integer generated always as identity primary key,
      kind text not null check (kind in
        ('income', 'donation', 'expense', 'fund-payment', 'fund-draw', 'aid', 'credit', 'reversal')),
      circle_id integer references circle (id),
      federation_id integer references federation (id),
      memo text not null default '',
      receipt text,
      reverses integer unique references journal_entry (id),
      recorded_by text not null,
      recorded_at timestamptz not null,
      proposal_id integer references proposal (id),
      key text unique,
      constraint journal_entry_owner check (circle_id is not null or federation_id is not null),
      constraint journal_entry_reversal check ((kind = 'reversal') = (reverses is not null))
    )`);
  await run(`create index journal_entry_circle_idx on journal_entry (circle_id, id)`);
  await run(`
    create table journal_line (
      id bigint generated always as identity primary key,
      entry_id integer not null references journal_entry (id),
      account_id integer not null,
      unit text not null,
      amount bigint not null check (amount <> 0),
      budget_line_id integer references budget_line (id),
      levy_rule_id integer references levy_rule (id),
      foreign key (account_id, unit) references account (id, unit)
    )`);
  await run(`create index journal_line_account_idx on journal_line (account_id, entry_id)`);
  await run(`create index journal_line_entry_idx on journal_line (entry_id)`);
  await run(
    `create index journal_line_budget_idx on journal_line (budget_line_id) where budget_line_id is not null`,
  );

  // Balances follow the lines, in the transaction that writes them.
  await run(`
    create function jura_journal_line_apply() returns trigger language plpgsql as $$
    begin
      update account set balance = balance + new.amount where id = new.account_id;
      return null;
    end $$`);
  await run(`create trigger journal_line_apply after insert on journal_line
    for each row execute function jura_journal_line_apply()`);

  // Every entry balances per unit, and has lines: checked at commit, once all its lines are in.
  await run(`
    create function jura_journal_line_balanced() returns trigger language plpgsql as $$
    declare
      off record;
    begin
      select unit, sum(amount) as total into off from journal_line
        where entry_id = new.entry_id group by unit having sum(amount) <> 0 limit 1;
      if found then
        raise exception 'journal entry % does not balance: its % lines sum to %', new.entry_id, off.unit, off.total
          using errcode = 'check_violation';
      end if;
      return null;
    end $$`);
  await run(`create constraint trigger journal_line_balanced after insert on journal_line
    deferrable initially deferred for each row execute function jura_journal_line_balanced()`);
  await run(`
    create function jura_journal_entry_has_lines() returns trigger language plpgsql as $$
    begin
      if (select count(*) from journal_line where entry_id = new.id) < 2 then
        raise exception 'journal entry % has fewer than two lines', new.id using errcode = 'check_violation';
      end if;
      return null;
    end $$`);
  await run(`create constraint trigger journal_entry_has_lines after insert on journal_entry
    deferrable initially deferred for each row execute function jura_journal_entry_has_lines()`);

  // Append-only: a mistake is corrected by a reversing entry, never by editing the past.
  await run(`
    create function jura_journal_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the journal is append-only: % on % is refused (reverse the entry instead)', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end $$`);
  for (const table of ["journal_entry", "journal_line"]) {
    await run(`create trigger ${table}_append_only before update or delete on ${table}
      for each row execute function jura_journal_append_only()`);
    await run(`create trigger ${table}_no_truncate before truncate on ${table}
      for each statement execute function jura_journal_append_only()`);
  }

  // Floors, whenever a balance falls: cash and funds at zero, credit at minus its limit.
  await run(`
    create function jura_account_floor() returns trigger language plpgsql as $$
    declare
      floor_limit bigint;
    begin
      if new.balance >= old.balance then
        return new;
      end if;
      if new.kind in ('cash', 'fund') and new.balance < 0 then
        raise exception 'account % (%) would go below zero: %', new.id, new.kind, new.balance
          using errcode = 'check_violation';
      end if;
      if new.kind = 'credit' then
        select coalesce(new.credit_limit, p.default_limit) into floor_limit
          from credit_pool p where p.federation_id = new.federation_id;
        if new.balance < -coalesce(floor_limit, 0) then
          raise exception 'credit account % would pass its limit of %: %', new.id, coalesce(floor_limit, 0), new.balance
            using errcode = 'check_violation';
        end if;
      end if;
      return new;
    end $$`);
  await run(`create trigger account_floor before update of balance on account
    for each row execute function jura_account_floor()`);

  // Aid: exact amounts, a request may have none, offers keep their own unit, deliveries add up.
  await run(
    `alter table aid_request alter column amount type numeric(24, 6) using round(amount::numeric, 6)`,
  );
  await run(`alter table aid_request alter column amount drop not null`);
  await run(`alter table aid_offer alter column amount type numeric(24, 6) using round(amount::numeric, 6)`);
  await run(`alter table aid_offer add column unit text not null default ''`);
  // Offers made before this said their amount in the request's unit (that is how they were shown).
  await run(`update aid_offer o set unit = r.unit from aid_request r
    where r.id = o.request_id and o.amount is not null`);
  await run(`
    create table aid_delivery (
      id integer generated always as identity primary key,
      offer_id integer not null references aid_offer (id),
      request_id integer references aid_request (id),
      amount numeric(24, 6),
      unit text not null default '',
      recorded_by text not null,
      recorded_at timestamptz not null,
      entry_id integer references journal_entry (id),
      check (amount is null or amount > 0)
    )`);
  await run(`create index aid_delivery_offer_idx on aid_delivery (offer_id)`);
  await run(`create index aid_delivery_request_idx on aid_delivery (request_id)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const run = (query: string) => sql.raw(query).execute(db);
  await run(`drop table aid_delivery`);
  await run(`alter table aid_offer drop column unit`);
  await run(`alter table aid_offer alter column amount type double precision`);
  await run(`update aid_request set amount = 1 where amount is null`);
  await run(`alter table aid_request alter column amount type double precision`);
  await run(`alter table aid_request alter column amount set not null`);
  for (const table of ["journal_line", "journal_entry", "book_threshold", "book_setting", "budget_line"])
    await run(`drop table ${table}`);
  for (const table of ["budget", "levy_rule", "account", "credit_pool", "fund"])
    await run(`drop table ${table}`);
  for (const fn of [
    "jura_journal_line_apply",
    "jura_journal_line_balanced",
    "jura_journal_entry_has_lines",
    "jura_journal_append_only",
    "jura_account_floor",
  ])
    await run(`drop function ${fn}()`);
}
