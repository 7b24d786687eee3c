import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { DirectRooms } from "../../src/adapters/matrix/direct-rooms.js";
import { handleReaction, proposalAnswer, type ReactionDeps } from "../../src/adapters/matrix/reactions.js";
import { matrixCommands, renderAnnouncement } from "../../src/adapters/matrix/render.js";
import type { Outcome } from "../../src/app/jura.js";
import type { CommandInput } from "../../src/core/commands/execute.js";
import type { OutgoingMessage } from "../../src/core/ports.js";

const log = pino({ level: "silent" });
const BOT = "@jura:test";
const GROUPS = ["circle", "proposal", "poll", "mandate"];
const context = { botUserId: BOT, groups: GROUPS };

/** Reaction deps around a proposal (#7 on `$proposal`) and a convergence (#3 on `$reminder`). */
function reactionDeps(status = "open") {
  const inputs: CommandInput[] = [];
  const claimed = new Set<string>();
  const deps = {
    jura: {
      handle: async (input: CommandInput): Promise<Outcome> => {
        inputs.push(input);
        return { kind: "reply", text: "ok" };
      },
    },
    log,
    uow: {
      run: (work: (store: unknown) => Promise<unknown>) =>
        work({
          events: {
            claim: async (id: string) => {
              const first = !claimed.has(id);
              claimed.add(id);
              return first;
            },
          },
          proposals: { byId: async (id: number) => ({ id, status }) },
        }),
    },
    proposalOf: async (eventId: string) => (eventId === "$proposal" ? 7 : undefined),
    convergenceOf: async (eventId: string) => (eventId === "$reminder" ? 3 : undefined),
  } as unknown as ReactionDeps;
  return { deps, inputs };
}

const reaction = (eventId: string, target: string, key: string) => ({
  type: "m.reaction",
  sender: "@dan:test",
  event_id: eventId,
  content: { "m.relates_to": { rel_type: "m.annotation", event_id: target, key } },
});

describe("Matrix reactions that answer a proposal", () => {
  it("GIVEN reaction keys THEN 👍 agrees, 🤷 and 😐 abstain (any skin tone or gender), 👎 objects, the rest mean nothing", () => {
    expect(["👍", "👍️", "👍🏿"].map(proposalAnswer)).toEqual(["agree", "agree", "agree"]);
    expect(["🤷", "🤷‍♀️", "🤷🏽‍♂️", "😐"].map(proposalAnswer)).toEqual([
      "abstain",
      "abstain",
      "abstain",
      "abstain",
    ]);
    expect(proposalAnswer("👎🏻")).toBe("object");
    expect(["🤔", "❤️", "", "👍👍"].map(proposalAnswer)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("GIVEN 👍 and 🤷 on a proposal THEN each runs its answer as the person, once per reaction event, private where the room is", async () => {
    const { deps, inputs } = reactionDeps();
    expect(await handleReaction(deps, "!garden:test", reaction("$r1", "$proposal", "👍"))).toBeUndefined();
    expect(await handleReaction(deps, "!dm:test", reaction("$r2", "$proposal", "🤷‍♂️"), true)).toBeUndefined();
    expect(inputs.map((i) => [i.actor, i.text, i.eventId, i.private])).toEqual([
      ["matrix:@dan:test", "proposal agree 7", "$r1", false],
      ["matrix:@dan:test", "proposal abstain 7", "$r2", true],
    ]);
  });

  it("GIVEN 👎 on a proposal THEN the person is told how to object with a reason, once; on a closed one, that it is closed", async () => {
    const { deps, inputs } = reactionDeps();
    const first = await handleReaction(deps, "!garden:test", reaction("$r3", "$proposal", "👎"));
    expect(first).toEqual({
      outcome: {
        kind: "reply",
        text: "An objection needs a reason the others can answer: say !jura proposal object 7 <why> (or !jura proposal block 7 <why> to block it).",
      },
      announcement: "$proposal",
    });
    const again = await handleReaction(deps, "!garden:test", reaction("$r3", "$proposal", "👎"));
    expect(again?.outcome.kind).toBe("duplicate");
    expect(inputs).toEqual([]);
    const closed = reactionDeps("passed");
    const late = await handleReaction(closed.deps, "!garden:test", reaction("$r4", "$proposal", "👎"));
    expect(late?.outcome).toEqual({ kind: "error", text: "Proposal #7 is already passed." });
  });

  it("GIVEN reactions on a convergence reminder THEN 👍 is still an RSVP and 🤷 nothing; on other messages, nothing", async () => {
    const { deps, inputs } = reactionDeps();
    await handleReaction(deps, "!garden:test", reaction("$r5", "$reminder", "👍"));
    await handleReaction(deps, "!garden:test", reaction("$r6", "$reminder", "🤷"));
    await handleReaction(deps, "!garden:test", reaction("$r7", "$chatter", "👍"));
    expect(inputs.map((i) => i.text)).toEqual(["convergence rsvp 3 yes"]);
  });
});

describe("Matrix announcements of decisions and secret ballots", () => {
  const secret: OutgoingMessage = {
    place: "matrix:!garden:test",
    key: "poll:2:start",
    text: "Poll #2 of “Orchard”: Trees?\n  1. yes\n  2. no\nSecret ballot: vote where nobody else sees it, until 2026-03-04 09:00 (Europe/Paris) — in a direct message with me: /poll vote 2 <number>, or with the /poll vote slash command. Only the totals are shown, once it closes.\nQuorum 50 %; an option needs more than 50 % of votes.",
    payload: {
      type: "poll-start",
      pollId: 2,
      question: "Trees?",
      options: ["yes", "no"],
      closesAt: "2026-03-04T08:00:00.000Z",
      secret: true,
    },
  };

  it("GIVEN a secret ballot's start THEN it is a notice saying to vote in a direct chat with the bot, never an MSC3381 poll", () => {
    const [event, ...rest] = renderAnnouncement(secret, context);
    expect(rest).toEqual([]);
    expect(event?.type).toBe("m.room.message");
    expect(event?.content.body).toBe(
      "Poll #2 of “Orchard”: Trees?\n  1. yes\n  2. no\nSecret ballot: do not vote in this room, where everyone sees every vote. Vote in a direct chat with me (@jura:test): !jura poll vote 2 <number>, until 2026-03-04 09:00 (Europe/Paris). Your vote is confirmed to you alone; only the totals are shown, once it closes.\nQuorum 50 %; an option needs more than 50 % of votes.",
    );
    const open = { ...secret, payload: { ...(secret.payload as object), secret: false } } as OutgoingMessage;
    expect(renderAnnouncement(open, context)[0]?.type).toBe("org.matrix.msc3381.poll.start");
  });

  it("GIVEN a secret ballot's end THEN it is the result notice alone (its start was no poll); a public one's is an end event and the notice", () => {
    const end: OutgoingMessage = {
      place: "matrix:!garden:test",
      key: "poll:2:end",
      text: "Poll #2 closed: yes: 1 · no: 1",
      relatesTo: "$start",
      payload: { type: "poll-end", pollId: 2, counts: [1, 1], winner: null, relatesToKey: "poll:2:start" },
    };
    expect(renderAnnouncement(end, { ...context, secretStart: true }).map((e) => e.type)).toEqual([
      "m.room.message",
    ]);
    expect(renderAnnouncement(end, context).map((e) => e.type)).toEqual([
      "org.matrix.msc3381.poll.end",
      "m.room.message",
    ]);
  });

  it("GIVEN a proposal THEN its notice names it for Jura, writes commands the Matrix way and says reactions answer it", () => {
    const [event] = renderAnnouncement(
      {
        place: "matrix:!garden:test",
        key: "proposal:7:open:matrix:!garden:test",
        text: "Proposal #7 of “Orchard”: /mandate grant @bob:test\nAnswer with /proposal agree 7 · /proposal object 7 <why>",
        payload: { type: "proposal", proposalId: 7, level: "circle" },
      },
      context,
    );
    expect(event?.content["org.jura.proposal"]).toBe(7);
    expect(event?.content.body).toBe(
      "Proposal #7 of “Orchard”: !jura mandate grant @bob:test\nAnswer with !jura proposal agree 7 · !jura proposal object 7 <why>\nYou may also react to this message: 👍 agrees, 🤷 abstains. An objection needs its reason in words: !jura proposal object 7 <why>.",
    );
    expect(matrixCommands("see https://x.org/proposal/7 and “/circle join”", GROUPS)).toBe(
      "see https://x.org/proposal/7 and “!jura circle join”",
    );
  });
});

/** A client answering joined_members, invites and history visibility from `rooms`. */
function fakeClient(rooms: Map<string, { joined: string[]; invited?: string[]; visibility?: string }>) {
  let requests = 0;
  const created: string[] = [];
  const client = {
    getUserId: async () => BOT,
    doRequest: async (_method: string, path: string) => {
      requests += 1;
      const roomId = decodeURIComponent(/rooms\/([^/]+)\//.exec(path)?.[1] ?? "");
      const room = rooms.get(roomId);
      if (!room) throw Object.assign(new Error("M_FORBIDDEN"), { statusCode: 403 });
      if (path.endsWith("/joined_members"))
        return { joined: Object.fromEntries(room.joined.map((id) => [id, {}])) };
      return {
        chunk: (room.invited ?? []).map((id) => ({ state_key: id, content: { membership: "invite" } })),
      };
    },
    getRoomStateEvent: async (roomId: string) => ({
      history_visibility: rooms.get(roomId)?.visibility ?? "shared",
    }),
    createRoom: async (options: { invite: string[] }) => {
      const roomId = `!new${created.length}:test`;
      created.push(roomId);
      rooms.set(roomId, { joined: [BOT], invited: options.invite });
      return roomId;
    },
  };
  return { client, created, requests: () => requests };
}

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    readOwn: async (k: string) => values.get(k),
    writeOwn: async (k: string, v: string) => {
      values.set(k, v);
    },
  };
}

describe("Matrix direct rooms: where only Jura and one person read", () => {
  it("GIVEN rooms of different shapes THEN only Jura and the sender alone, nobody invited, history not world-readable, is private", async () => {
    const rooms = new Map([
      ["!dm:test", { joined: [BOT, "@ann:test"] }],
      ["!three:test", { joined: [BOT, "@ann:test", "@ben:test"] }],
      ["!invite:test", { joined: [BOT, "@ann:test"], invited: ["@ben:test"] }],
      ["!public:test", { joined: [BOT, "@ann:test"], visibility: "world_readable" }],
    ]);
    const { client } = fakeClient(rooms);
    const direct = new DirectRooms(client as never, memoryStorage(), log);
    expect(await direct.isPrivateFor("!dm:test", "@ann:test")).toBe(true);
    expect(await direct.isPrivateFor("!dm:test", "@ben:test")).toBe(false);
    for (const room of ["!three:test", "!invite:test", "!public:test", "!unknown:test"])
      expect(await direct.isPrivateFor(room, "@ann:test"), room).toBe(false);
  });

  it("GIVEN a private room WHEN someone joins THEN, once the member event is seen, it is not private any more; until then the shape is cached", async () => {
    const rooms = new Map([["!dm:test", { joined: [BOT, "@ann:test"] }]]);
    const { client, requests } = fakeClient(rooms);
    const direct = new DirectRooms(client as never, memoryStorage(), log);
    expect(await direct.isPrivateFor("!dm:test", "@ann:test")).toBe(true);
    const asked = requests();
    expect(await direct.isPrivateFor("!dm:test", "@ann:test")).toBe(true);
    expect(requests()).toBe(asked);
    rooms.set("!dm:test", { joined: [BOT, "@ann:test", "@eve:test"] });
    direct.forget("!dm:test");
    expect(await direct.isPrivateFor("!dm:test", "@ann:test")).toBe(false);
  });

  it("GIVEN someone to tell privately THEN their last private room is used while it stays private, else Jura opens one and invites them", async () => {
    const rooms = new Map([["!dm:test", { joined: [BOT, "@ann:test"] }]]);
    const { client, created } = fakeClient(rooms);
    const storage = memoryStorage();
    const direct = new DirectRooms(client as never, storage, log);
    await direct.isPrivateFor("!dm:test", "@ann:test");
    expect(storage.values.get("dm:@ann:test")).toBe("!dm:test");
    expect(await direct.directRoomOf("@ann:test")).toBe("!dm:test");
    rooms.set("!dm:test", { joined: [BOT, "@ann:test", "@eve:test"] });
    const opened = await direct.directRoomOf("@ann:test");
    expect([opened, created]).toEqual(["!new0:test", ["!new0:test"]]);
    // Invited and not yet joined, the new room is still theirs alone: it is used again.
    expect(await direct.directRoomOf("@ann:test")).toBe("!new0:test");
    expect(await direct.directRoomOf("@ben:test")).toBe("!new1:test");
  });
});
