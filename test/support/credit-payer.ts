/**
 * A process making mutual-credit payments against a shared PostgreSQL, for the concurrency test:
 * reads its payments from PAYMENTS_FILE, connects, prints `ready`, waits for `go` on stdin, then
 * makes them CONCURRENCY at a time through the same service as `credit pay` (postBooking under
 * one transaction each, idempotency key per payment), retrying a transaction the database aborted
 * (deadlock or serialization failure). Prints one JSON line of results and exits.
 */
import { readFileSync } from "node:fs";
import { creditBooking } from "../../src/core/credit.js";
import { isUserError } from "../../src/core/errors.js";
import { postBooking } from "../../src/core/treasury.js";
import { openDb } from "../../src/store/db.js";
import { unitOfWork } from "../../src/store/store.js";

export interface Payment {
  key: string;
  federationId: number;
  payer: number;
  payee: number;
  amount: string;
}

export interface PayerResult {
  written: string[];
  duplicates: string[];
  refused: string[];
  deadlocks: number;
  serialization: number;
  ms: number;
}

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const payments = JSON.parse(readFileSync(env("PAYMENTS_FILE"), "utf8")) as Payment[];
const concurrency = Number(env("CONCURRENCY"));
const db = openDb(env("DATABASE_URL"), concurrency);
const uow = unitOfWork(db);
await db.selectFrom("account").select("id").limit(1).execute();
process.stdout.write("ready\n");
await new Promise<void>((go) => {
  process.stdin.setEncoding("utf8").on("data", (chunk: string) => {
    if (chunk.includes("go")) go();
  });
});

const result: PayerResult = {
  written: [],
  duplicates: [],
  refused: [],
  deadlocks: 0,
  serialization: 0,
  ms: 0,
};
const started = performance.now();
let next = 0;
async function lane(): Promise<void> {
  for (;;) {
    const payment = payments[next++];
    if (!payment) return;
    for (;;) {
      try {
        const id = await uow.run((store) =>
          postBooking(
            store,
            creditBooking({
              federationId: payment.federationId,
              payer: payment.payer,
              payee: payment.payee,
              unit: "credits",
              amount: BigInt(payment.amount),
              memo: payment.key,
            }),
            { at: new Date(), recordedBy: "shell:payer", proposalId: null, key: payment.key },
          ),
        );
        (id === undefined ? result.duplicates : result.written).push(payment.key);
        break;
      } catch (error) {
        if (isUserError(error)) {
          result.refused.push(payment.key);
          break;
        }
        const code = (error as { code?: string }).code;
        if (code === "40P01") result.deadlocks += 1;
        else if (code === "40001") result.serialization += 1;
        else throw error;
      }
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, lane));
result.ms = performance.now() - started;
await db.destroy();
process.stdout.write(`${JSON.stringify(result)}\n`);
