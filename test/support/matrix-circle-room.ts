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
}

/**
 * A Synapse world with the bot running and `names` registered. The first of them creates a room
 * called `circle`, invites the bot and the others, who join; once the bot has greeted the room,
 * the first founds a circle of that name there. Who else joins the circle is the test's choice.
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
  const born = await ask(founder, `!jura circle create ${circle}`);
  if (!String(born.content.body).includes("is born"))
    throw new Error(`the circle was not founded: ${String(born.content.body)}`);
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
  };
}
