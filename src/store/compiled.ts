import { type Compilable, CompiledQuery } from "kysely";
import type { Db } from "./db.js";

/** Stands for one argument while a query is built once; see {@link compiledOnce}. */
class Slot {
  constructor(readonly index: number) {}
}

/** What a compiled shape needs at each run: the SQL, and where each parameter comes from. */
interface Shape {
  sql: string;
  /** Per parameter: the index of the argument it takes, or the constant the query was built with. */
  parameters: Array<{ arg: number } | { constant: unknown }>;
}

/**
 * A query Kysely builds and compiles once per shape instead of at every run. Building a query
 * costs more JavaScript than most of Jura's statements cost PostgreSQL (a mandate list took
 * 50 µs to build and compile), and repeated statements are the most common kind.
 *
 * `build` receives stand-ins for its arguments and must use each only as a value of the query
 * (compared, inserted, set), never inspect it: the SQL it compiles to is kept and run with the
 * real values. What decides the shape decides it outside the stand-ins: an argument that is
 * `undefined` or a boolean is passed as itself and keys the shape (an optional filter, a flag),
 * so each combination is compiled once. Arrays go as one parameter (`= any(...)`), never `in`.
 * Results pass through the database's plugins as any query's do (snake_case to camelCase).
 */
export function compiledOnce<A extends unknown[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
): (db: Db, ...args: A) => Promise<R[]> {
  const shapes = new Map<string, Shape>();
  return async (db, ...args) => {
    let key = "";
    for (const arg of args) key += arg === undefined ? "u" : arg === true ? "t" : arg === false ? "f" : "v";
    let shape = shapes.get(key);
    if (shape === undefined) {
      const stand = args.map((arg, i) => (arg === undefined || typeof arg === "boolean" ? arg : new Slot(i)));
      const compiled = build(db, ...(stand as A)).compile();
      shape = {
        sql: compiled.sql,
        parameters: compiled.parameters.map((p) => (p instanceof Slot ? { arg: p.index } : { constant: p })),
      };
      shapes.set(key, shape);
    }
    const values = shape.parameters.map((p) => ("arg" in p ? args[p.arg] : p.constant));
    const { rows } = await db.executeQuery<R>(CompiledQuery.raw(shape.sql, values));
    return rows;
  };
}
