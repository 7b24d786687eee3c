import type { BotProcess } from "./bot-process.js";
import type { MatrixEvent, MatrixPerson, RoomLog } from "./matrix-people.js";
import { type MatrixWorld, matrixWorld } from "./matrix-world.js";

/** A room with people, the bot and a circle in it: see {@link circleRoom}. */
export interface CircleRoom {
  world: MatrixWorld;
  bot: BotProcess;
  botId: string;
  people: MatrixPerson[];
  room: string;
  /** The room as its creator sees it. */
  log: RoomLog;
  /** The i-th of the people (throws when there is none). */
  person(i: number): MatrixPerson;
  /** Says `text` in the room as `p` and returns the bot's reply. */
  ask(p: MatrixPerson, text: string): Promise<MatrixEvent>;
  /** Waits until the bot has logged `msg` `n` times. */
  logged(msg: string, n: number): Promise<void>;
  /** The bot's notice in the room whose body starts with `prefix` (waiting for it). */
  notice(prefix: string): Promise<MatrixEvent>;
  /**
   * `proposer` says `command` (a decision of the circle), `agreeing` answer
   * `!jura proposal agree`, and the window is made to run out (see
   * {@link MatrixWorld.endProposalWindow}). Resolves with the decision's announcement.
   */
  decide(proposer: MatrixPerson, command: string, agreeing: readonly MatrixPerson[]): Promise<MatrixEvent>;
}

/** The number of the proposal a reply or announcement opened ("Proposal #7 …"). */
export function proposalIdIn(text: unknown): number {
  const id = /Proposal #(\d+)/.exec(String(text))?.[1];
  if (!id) throw new Error(`no proposal was opened: ${String(text)}`);
  return Number(id);
}

/**
 * A Synapse world with the bot running and `names` registered. The first of them creates a room
 * called `circle`, invites the bot and the others, who join; once the bot has greeted the room,
 * the first founds a circle of that name there, open to anyone (`open:yes`). Who else joins the
 * circle is the test's choice.
 */
export async function circleRoom(names: readonly string[], circle: string): Promise<CircleRoom> {
  const world = await matrixWorld();
  const botId = world.bot.userId;
  const [people, bot] = await Promise.all([world.people([...names]), world.startBot()]);
  const person = (i: number) => {
    const p = people[i];
    if (!p) throw new Error(`no person ${i}`);
    return p;
  };
  const founder = person(0);
  const room = await founder.createRoom({ name: circle });
  const log = founder.follow(room);
  await founder.invite(room, botId);
  for (const p of people.slice(1)) await founder.invite(room, p.userId);
  await Promise.all(people.slice(1).map((p) => p.join(room)));
  await log.until((es) => es.some((e) => e.sender === botId && e.type === "m.room.message"), {
    what: "the bot's greeting",
  });
  const ask = async (p: MatrixPerson, text: string) => log.reply(await p.say(room, text), botId);
  const born = await ask(founder, `!jura circle create ${circle} open:yes`);
  if (!String(born.content.body).includes("is born"))
    throw new Error(`the circle was not founded: ${String(born.content.body)}`);
  const notice = async (prefix: string) => {
    const found = (es: MatrixEvent[]) =>
      es.find((e) => e.sender === botId && String(e.content.body ?? "").startsWith(prefix));
    return found(await log.until((es) => found(es) !== undefined, { what: `“${prefix}…”` })) as MatrixEvent;
  };
  return {
    world,
    bot,
    botId,
    people,
    room,
    log,
    person,
    ask,
    logged: (msg, n) => bot.waitForCount(msg, n),
    notice,
    async decide(proposer, command, agreeing) {
      const id = proposalIdIn((await ask(proposer, command)).content.body);
      for (const p of agreeing) {
        const agreed = await ask(p, `!jura proposal agree ${id}`);
        if (!String(agreed.content.body).includes(`Your answer to proposal #${id} is recorded: agree`))
          throw new Error(`${p.userId} could not agree: ${String(agreed.content.body)}`);
      }
      await world.endProposalWindow(id);
      return notice(`Proposal #${id} of “${circle}” passed`);
    },
  };
}
