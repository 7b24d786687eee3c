import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { RetryAfterError } from "../../src/core/errors.js";

const { MatrixSender, txnIdFor } = await import("../../src/adapters/matrix/send.js");
const { missingPower, powerOf } = await import("../../src/adapters/matrix/power.js");
const { Lanes } = await import("../../src/adapters/matrix/queue.js");
const { notice } = await import("../../src/adapters/matrix/render.js");

type Request = { method: string; path: string; body: unknown };

/** Just enough of MatrixClient for the sender: scripted answers to doRequest. */
function fakeClient(answers: Array<(r: Request) => unknown>) {
  const requests: Request[] = [];
  const client = {
    crypto: undefined,
    getUserId: async () => "@jura:example.org",
    doRequest: async (method: string, path: string, _qs: unknown, body: unknown) => {
      const request = { method, path, body };
      requests.push(request);
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected ${method} ${path}`);
      return answer(request);
    },
  };
  return { client: client as never, requests };
}

const rateLimited = (ms: number) => () => {
  throw Object.assign(new Error("M_LIMIT_EXCEEDED"), {
    errcode: "M_LIMIT_EXCEEDED",
    statusCode: 429,
    retryAfterMs: ms,
  });
};
const forbidden = () => {
  throw Object.assign(new Error("M_FORBIDDEN"), { errcode: "M_FORBIDDEN", statusCode: 403 });
};
const log = pino({ level: "silent" });

describe("sending to Matrix", () => {
  it("derives one stable transaction id per outbox key, so a retried send cannot post twice", async () => {
    expect(txnIdFor("out", "rotation:1:term:2")).toBe(txnIdFor("out", "rotation:1:term:2"));
    expect(txnIdFor("out", "a")).not.toBe(txnIdFor("out", "b"));
    expect(txnIdFor("out", "a")).not.toBe(txnIdFor("reply", "a"));
    const { client, requests } = fakeClient([() => ({ event_id: "$1" }), () => ({ event_id: "$1" })]);
    const transport = new MatrixSender(client, log).transport(Promise.resolve());
    const message = { place: "matrix:!room:example.org", text: "Hello", key: "k" };
    expect(await transport.send(message)).toBe("$1");
    expect(await transport.send(message)).toBe("$1");
    expect(requests[0]?.path).toBe(requests[1]?.path);
    expect(requests[0]?.path).toMatch(
      /^\/_matrix\/client\/v3\/rooms\/!room%3Aexample.org\/send\/m.room.message\/jura\.out\./,
    );
    expect(requests[0]?.body).toMatchObject({ msgtype: "m.notice", body: "Hello", "m.mentions": {} });
  });

  it("GIVEN 429 M_LIMIT_EXCEEDED THEN the transport throws RetryAfterError with the homeserver's delay", async () => {
    const { client } = fakeClient([rateLimited(1234)]);
    const transport = new MatrixSender(client, log).transport(Promise.resolve());
    const error = await transport
      .send({ place: "matrix:!r:x", text: "t", key: "k" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterError);
    expect((error as RetryAfterError).retryAfterMs).toBe(1234);
  });

  it("GIVEN a refusal for lack of power THEN the error names the level the bot needs", async () => {
    const { client } = fakeClient([
      forbidden,
      () => ({ events_default: 50, users: {} }),
      () => ({ sender: "@owner:x", content: { room_version: "10" } }),
    ]);
    const transport = new MatrixSender(client, log).transport(Promise.resolve());
    await expect(transport.send({ place: "matrix:!r:x", text: "t", key: "k" })).rejects.toThrow(
      "Jura needs power level 50 to send m.room.message events in !r:x and has 0",
    );
  });

  it("GIVEN replies WHEN the homeserver says wait THEN the sender waits and retries the same transaction", async () => {
    const { client, requests } = fakeClient([rateLimited(20), rateLimited(20), () => ({ event_id: "$ok" })]);
    const sender = new MatrixSender(client, log);
    const started = performance.now();
    expect(await sender.deliver("!r:x", notice("hi"), "txn")).toBe("$ok");
    expect(performance.now() - started).toBeGreaterThanOrEqual(38);
    expect(new Set(requests.map((r) => r.path)).size).toBe(1);
    expect(sender.rateLimited).toBe(2);
  });
});

describe("power levels", () => {
  it("GIVEN a room version 12 THEN its creators outrank every number; in older rooms they are plain users", () => {
    const levels = { users: { "@mod:x": 50 }, users_default: 0, events: { "m.space.child": 100 } };
    const v12 = { levels, creators: new Set(["@owner:x"]) };
    expect(powerOf(v12, "@owner:x")).toBe(Number.POSITIVE_INFINITY);
    expect(missingPower(v12, "@owner:x", "m.space.child", true)).toBeUndefined();
    expect(missingPower(v12, "@mod:x", "m.space.child", true)).toEqual({ needed: 100, has: 50 });
    expect(missingPower({ levels: {}, creators: new Set() }, "@a:x", "m.room.topic", true)).toEqual({
      needed: 50,
      has: 0,
    });
  });
});

describe("per-room lanes", () => {
  it("runs one room's tasks in order and rooms side by side; idle waits for all", async () => {
    const lanes = new Lanes();
    const order: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          order.push(name);
          resolve();
        }, ms),
      );
    void lanes.run("a", task("a1", 30));
    void lanes.run("a", task("a2", 1));
    void lanes.run("b", task("b1", 10));
    void lanes.run("a", () => Promise.reject(new Error("boom")));
    void lanes.run("a", task("a3", 1));
    await lanes.idle();
    expect(order).toEqual(["b1", "a1", "a2", "a3"]);
  });
});
