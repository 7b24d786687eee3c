import { type RawBuilder, sql } from "kysely";
import { isLocale, type Locale } from "../core/i18n.js";
import type { LanguageRepo } from "../core/ports.js";
import { compiledOnce } from "./compiled.js";
import type { Db } from "./db.js";

/**
 * The language a place speaks, as SQL: its circle's (or that circle's federation's), a
 * federation's own place, a shell person's direct place; null when none.
 */
function placeLanguage(place: RawBuilder<unknown> | ReturnType<typeof sql.ref>) {
  return sql`coalesce(
    (select coalesce(c.language, f.language) from circle c
       left join federation f on f.id = c.federation_id
      where c.home_place = ${place} limit 1),
    (select f.language from federation f
      where (f.announce_place = ${place} or f.council_place = ${place}) and f.language is not null
      order by f.id limit 1),
    (select pp.language from person_preference pp
      where ${place} like 'shell:@%' and pp.person = 'shell:' || substr(${place}, 8)))`;
}

/** The reader's own language and the place's, in one statement. */
const readerLanguages = compiledOnce((db, person: string, place: string) => {
  const query = sql<{ person: string | null; place: string | null }>`
    select (select language from person_preference where person = ${person}) as person,
           ${placeLanguage(sql`${place}::text`)} as place`;
  return { compile: () => query.compile(db) };
});

/** See LanguageRepo: one statement for any number of places. */
export function languagesRepo(db: Db): LanguageRepo {
  return {
    async ofPlaces(places) {
      const found = new Map<string, Locale>();
      const wanted = [...new Set(places)];
      if (wanted.length === 0) return found;
      const { rows } = await sql<{ place: string; language: string | null }>`
        select p.place, ${placeLanguage(sql.ref("p.place"))} as language
        from unnest(${wanted}::text[]) as p(place)`.execute(db);
      for (const row of rows) found.set(row.place, isLocale(row.language) ? row.language : "en");
      return found;
    },
    async reader(person, place) {
      const [row] = await readerLanguages(db, person, place);
      return {
        person: isLocale(row?.person) ? row.person : undefined,
        place: isLocale(row?.place) ? row.place : "en",
      };
    },
    async ofPerson(person) {
      const row = await db
        .selectFrom("personPreference")
        .select("language")
        .where("person", "=", person)
        .executeTakeFirst();
      return isLocale(row?.language) ? row.language : undefined;
    },
    async setPerson(person, language, at) {
      await db
        .insertInto("personPreference")
        .values({ person, language, updatedAt: at })
        .onConflict((oc) => oc.column("person").doUpdateSet({ language, updatedAt: at }))
        .execute();
    },
  };
}
