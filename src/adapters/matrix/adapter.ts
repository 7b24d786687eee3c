import type { Jura, Outcome } from "../../app/jura.js";
import type { Registry } from "../../core/commands/registry.js";
import { isUserError } from "../../core/errors.js";
import type { UnitOfWork } from "../../core/ports.js";
import type { Log } from "../../log.js";
import { adminGate, requireAdminPower } from "./admin-gate.js";
import type { JuraMatrixClient } from "./client.js";
import type { DirectRooms } from "./direct-rooms.js";
import { after, before, parseCommand } from "./follow-ups.js";
import { aliasesIn, isMatrixId, mentionResolver, personOf, placeOf, placeResolver } from "./identity.js";
import { type BotIdentity, commandText, threadOf } from "./message.js";
import { learnMember, learnSender } from "./names.js";
import type { PendingReplies } from "./pending-replies.js";
import type { PollStarts } from "./poll-starts.js";
import { handlePollResponse, secretBallotResponse } from "./poll-votes.js";
import { POLL_END_TYPES, POLL_RESPONSE_TYPES, POLL_START, pollStartCommand, readPollStart } from "./polls.js";
import type { ProposalPosts } from "./proposal-posts.js";
import { Lanes } from "./queue.js";
import { handleReaction, REACTION } from "./reactions.js";
import { matrixCommands } from "./render.js";
import { Replies } from "./replies.js";
import { RoomLifecycle } from "./rooms.js";
import type { MatrixSender } from "./send.js";
import { matrixHelp, runSpaceCommand, SPACE_HELP } from "./space-commands.js";
import type { FederationSpaces } from "./spaces.js";

export interface MatrixAdapterDeps {
  client: JuraMatrixClient;
  sender: MatrixSender;
  spaces: FederationSpaces;
  jura: Jura;
  uow: UnitOfWork;
  registry: Registry;
  log: Log;
  bot: BotIdentity;
  pending: PendingReplies;
  /** Which start event is which Jura poll. */
  polls: PollStarts;
  /** Which convergence a bot message announces (for RSVP reactions). */
  convergenceOf(eventId: string): Promise<number | undefined>;
  /** Which proposal a bot message puts to its deciders (for answers by reaction). */
  proposals: ProposalPosts;
  /** Which rooms are private places for a person (a command there is private for the core). */
  direct: DirectRooms;
  /** MATRIX_ALLOWED_INVITERS; empty: anyone. */
  allowedInviters: readonly string[];
}

type RawEvent = Record<string, unknown>;

/**
 * Turns room events into commands and outcomes into notices. Commands of one room run one at a
 * time in timeline order (state changes stay in the order people typed them); rooms run side by
 * side. Replies are sent from a second, wider lane per room, so a slow or rate-limited
 * homeserver does not hold up the next command. `settle()` is what the sync loop waits for
 * before it stores its token.
 */
export class MatrixAdapter {
  private readonly commands = new Lanes();
  private readonly replies: Replies;
  private readonly rooms: RoomLifecycle;

  constructor(private readonly deps: MatrixAdapterDeps) {
    this.rooms = new RoomLifecycle(deps);
    this.replies = new Replies(deps);
  }

  /**
   * Room timeline events by type: commands, MSC3381 poll events (responses of both namespaces
   * become votes; the bot's own poll starts are noted; end events of others are ignored, since
   * only Jura closes its polls), reactions (RSVPs to convergence announcements, answers to
   * proposals), encryption, and who may read the room (members, history visibility: the room
   * is checked again before its next command is taken for private).
   */
  private readonly routes: ReadonlyMap<string, (roomId: string, event: RawEvent) => void> = new Map([
    ["m.room.message", (roomId: string, event: RawEvent) => this.onMessage(roomId, event)],
    ...POLL_RESPONSE_TYPES.map(
      (type) => [type, (roomId: string, event: RawEvent) => this.onPollResponse(roomId, event)] as const,
    ),
    ...POLL_END_TYPES.map(
      (type) => [type, (roomId: string, event: RawEvent) => this.onPollEnd(roomId, event)] as const,
    ),
    [POLL_START, (roomId: string, event: RawEvent) => this.onPollStart(roomId, event)],
    [REACTION, (roomId: string, event: RawEvent) => this.onReaction(roomId, event)],
    [
      "m.room.member",
      (roomId: string, event: RawEvent) => {
        this.deps.direct.forget(roomId);
        learnMember(event);
      },
    ],
    ["m.room.history_visibility", (roomId: string) => this.deps.direct.forget(roomId)],
    [
      "m.room.encrypted",
      (roomId: string) => this.inRoom(roomId, "encryption", (r) => r.onEncryption(roomId, false)),
    ],
    [
      "m.room.encryption",
      (roomId: string) => this.inRoom(roomId, "encryption", (r) => r.onEncryption(roomId, true)),
    ],
  ]);

  attach(): void {
    const { client } = this.deps;
    client.hooks = { settle: () => this.settle() };
    client.on("room.event", (roomId: unknown, event: unknown) => {
      if (!isMatrixId(roomId, "!") || typeof event !== "object" || event === null) return;
      const { type, sender, event_id: eventId } = event as RawEvent;
      // An envelope no homeserver would send (a NUL in an id, an id without its sigil) is dropped.
      if (sender !== undefined && !isMatrixId(sender, "@")) return;
      if (eventId !== undefined && !isMatrixId(eventId, "$")) return;
      if (typeof type === "string") this.routes.get(type)?.(roomId, event as RawEvent);
    });
    client.on("room.invite", (roomId: unknown, event: RawEvent) => {
      if (isMatrixId(roomId, "!")) this.inRoom(roomId, "invite", (r) => r.onInvite(roomId, event));
    });
    client.on("room.join", (roomId: unknown) => {
      if (!isMatrixId(roomId, "!")) return;
      this.deps.direct.forget(roomId);
      this.inRoom(roomId, "join", (r) => r.onJoin(roomId));
    });
    client.on("room.leave", (roomId: string) => this.deps.direct.forget(roomId));
  }

  /** Room lifecycle work, in the room's command lane (so it is part of the sync batch). */
  private inRoom(roomId: string, what: string, work: (rooms: RoomLifecycle) => Promise<void>): void {
    void this.commands.run(roomId, () =>
      work(this.rooms).catch((err) =>
        this.deps.log.error({ err, roomId, what }, "a Matrix event could not be handled"),
      ),
    );
  }

  /** Resolves when every command and reply started so far is done. */
  async settle(): Promise<void> {
    await this.commands.idle();
    await this.replies.idle();
  }

  private onMessage(roomId: string, event: RawEvent): void {
    const { sender, event_id: eventId } = event;
    if (typeof sender !== "string" || typeof eventId !== "string") return;
    if (sender === this.deps.bot.userId) {
      this.deps.proposals.sawOwn(eventId, event.content);
      return;
    }
    const text = commandText(event.content, this.deps.bot, this.deps.registry.groups());
    if (text === undefined) return;
    const threadId = threadOf(event.content);
    void this.commands.run(roomId, async () => {
      const started = performance.now();
      let outcome: Outcome;
      try {
        await learnSender(this.deps.client, sender);
        outcome = this.matrixify(await this.command(roomId, sender, eventId, text));
      } catch (err) {
        this.deps.log.error({ err, roomId, eventId }, "a Matrix command failed outside the core");
        outcome = {
          kind: "error",
          text: "Sorry, something went wrong on my side; it has been logged.",
          internal: true,
        };
      }
      const ms = Math.round(performance.now() - started);
      this.deps.log.debug({ roomId, eventId, kind: outcome.kind, ms, threadId }, "command handled");
      await this.replies.respond(roomId, { eventId, sender, threadId }, outcome);
    });
  }

  /**
   * A poll response: a vote (or its withdrawal) in one of Jura's polls; a refusal is answered. A
   * response to a secret ballot is never counted (it is a room event everyone reads), and the
   * person is told how to vote, in their direct room with Jura if it can be had.
   */
  private onPollResponse(roomId: string, event: RawEvent): void {
    const { sender, event_id: eventId } = event;
    if (typeof sender !== "string" || typeof eventId !== "string" || sender === this.deps.bot.userId) return;
    void this.commands.run(roomId, async () => {
      try {
        const secret = await secretBallotResponse(this.deps, roomId, event);
        if (secret) {
          await this.replies.respond(roomId, { eventId, sender }, this.matrixify(secret), eventId, "prefer");
          return;
        }
        const outcome = await handlePollResponse(this.deps, roomId, event);
        if (outcome) await this.replies.respond(roomId, { eventId, sender }, this.matrixify(outcome));
      } catch (err) {
        this.deps.log.error({ err, roomId, eventId }, "a Matrix poll response could not be handled");
      }
    });
  }

  /**
   * A 👍 / 🤔 / 👎 on a convergence announcement (an RSVP), or a 👍 / 🤷 / 😐 / 👎 on a proposal
   * (an answer; 👎 is told how to object with a reason). Only a refusal, or how to object, is
   * answered: the reaction itself shows the rest.
   */
  private onReaction(roomId: string, event: RawEvent): void {
    const { sender, event_id: eventId } = event;
    if (typeof sender !== "string" || typeof eventId !== "string" || sender === this.deps.bot.userId) return;
    void this.commands.run(roomId, async () => {
      try {
        const deps = { ...this.deps, proposalOf: (id: string) => this.deps.proposals.proposalOf(id) };
        const handled = await handleReaction(
          deps,
          roomId,
          event,
          await this.replies.isPrivate(roomId, sender),
        );
        if (handled)
          await this.replies.respond(
            roomId,
            { eventId, sender },
            this.matrixify(handled.outcome),
            handled.announcement,
          );
      } catch (err) {
        this.deps.log.error({ err, roomId, eventId }, "a Matrix reaction could not be handled");
      }
    });
  }

  /**
   * The bot's own poll starts are noted, so a response arriving before the outbox records it
   * waits. A poll a person starts with Element's poll feature in a circle's home room becomes
   * that circle's poll (their event is its start; its answer ids map to the options); elsewhere
   * people's polls are left alone.
   */
  private onPollStart(roomId: string, event: RawEvent): void {
    const { sender, event_id: eventId } = event;
    if (typeof sender !== "string" || typeof eventId !== "string") return;
    if (sender === this.deps.bot.userId) {
      this.deps.polls.sawOwnStart(eventId);
      return;
    }
    void this.commands.run(roomId, async () => {
      try {
        const poll = readPollStart(event.content);
        const home = await this.deps.uow.run((store) => store.circles.byHomePlace(placeOf(roomId)));
        if (!poll || !home) {
          this.deps.log.debug(
            { roomId, eventId, adoptable: Boolean(poll) },
            "a person's poll outside a circle: left alone",
          );
          return;
        }
        const outcome = await this.deps.jura.handle({
          actor: personOf(sender),
          place: placeOf(roomId),
          text: pollStartCommand(poll),
          eventId,
          origin: { messageId: eventId, answerIds: poll.answers.map((a) => a.id) },
          resolveMention: mentionResolver(sender),
        });
        await this.replies.respond(roomId, { eventId, sender }, this.matrixify(outcome));
      } catch (err) {
        this.deps.log.error({ err, roomId, eventId }, "a person's Matrix poll could not be adopted");
      }
    });
  }

  /** Only Jura ends its polls, with the roster's count; someone else's end event changes nothing. */
  private onPollEnd(roomId: string, event: RawEvent): void {
    if (event.sender === this.deps.bot.userId) return;
    this.deps.log.debug(
      { roomId, eventId: event.event_id, sender: event.sender },
      "a poll end event from someone else: ignored (Jura closes its polls itself)",
    );
  }

  /** Core texts write commands Discord-style (`/circle join`); in Matrix they start with `!jura`. */
  private matrixify(outcome: Outcome): Outcome {
    return { ...outcome, text: matrixCommands(outcome.text, this.deps.registry.groups()) };
  }

  private async command(roomId: string, sender: string, eventId: string, text: string): Promise<Outcome> {
    const { jura, registry } = this.deps;
    const actor = personOf(sender);
    const place = placeOf(roomId);
    const aliases = await this.resolveAliases(text);
    const resolvers = { mention: mentionResolver(sender), place: placeResolver(aliases) };
    const words = text.toLowerCase().split(/\s+/);
    if (words[0] === "help" && words[1] === "space")
      return this.once(eventId, { kind: "reply", text: SPACE_HELP });
    if (words[0] === "space") return this.once(eventId, () => this.space(roomId, sender, text));
    const parsed = parseCommand(registry, text, resolvers);
    const remembered = parsed ? await before(this.deps, parsed, place) : {};
    const outcome = await jura.handle({
      actor,
      place,
      text,
      eventId,
      resolveMention: resolvers.mention,
      resolvePlace: resolvers.place,
      guardPlaces: adminGate(this.deps.client, sender, roomId),
      private: await this.replies.isPrivate(roomId, sender),
    });
    if (outcome.kind !== "reply") return outcome;
    if (words[0] === "help" && words.length === 1) return { ...outcome, text: matrixHelp(outcome.text) };
    const extra = parsed ? await after(this.deps, parsed, { actor: sender, place }, remembered) : undefined;
    return extra ? { ...outcome, text: `${outcome.text}\n${extra}` } : outcome;
  }

  /** `space …`: the room it is typed in may ask a power level for it (org.jura.admin). */
  private async space(roomId: string, sender: string, text: string): Promise<Outcome> {
    try {
      await requireAdminPower(this.deps.client, sender, roomId, [placeOf(roomId)]);
    } catch (error) {
      if (isUserError(error)) return { kind: "error", text: error.message };
      throw error;
    }
    return runSpaceCommand(this.deps, sender, text);
  }

  /** Runs an adapter-side command at most once per event id, like the core does for its own. */
  private async once(eventId: string, work: Outcome | (() => Promise<Outcome>)): Promise<Outcome> {
    const first = await this.deps.uow.run((store) => store.events.claim(eventId, new Date()));
    if (!first) return { kind: "duplicate", text: "" };
    return typeof work === "function" ? work() : work;
  }

  private async resolveAliases(text: string): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    for (const alias of aliasesIn(text)) {
      try {
        map.set(alias, await this.deps.client.resolveRoom(alias));
      } catch {
        // Unknown alias: the core will say it is not a place it recognises.
      }
    }
    return map;
  }
}
