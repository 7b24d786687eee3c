import type { MatrixClient } from "matrix-bot-sdk";
import type { Federation } from "../../core/model.js";
import type { Log } from "../../log.js";
import { describeError, errcodeOf } from "./errors.js";
import { permalink, serverOf } from "./identity.js";
import { missingPower, roomPower } from "./power.js";
import type { PostgresStorageProvider } from "./storage.js";

/** What happened, in words for the room. */
export interface SpaceNote {
  ok: boolean;
  text: string;
}

const key = (federationId: number) => `space:${federationId}`;

/**
 * A federation maps onto a Matrix space whose children are its circles' rooms. The link
 * (federation id → space room id) is adapter state, kept with the bot's other Matrix state.
 * The bot only needs the power to send `m.space.child` in the space; where it lacks it, the
 * note says which level it needs.
 */
export class FederationSpaces {
  constructor(
    private readonly client: MatrixClient,
    private readonly storage: PostgresStorageProvider,
    private readonly log: Log,
  ) {}

  spaceOf(federationId: number): Promise<string | undefined> {
    return this.storage.readOwn(key(federationId));
  }

  /**
   * Creates a private space for the federation, inviting `people` and making them admins with
   * the bot (so the space never depends on the bot alone).
   */
  async create(federation: Federation, people: string[]): Promise<string> {
    const spaceId = (await this.client.createRoom({
      name: federation.name,
      topic: `The circles of the federation “${federation.name}”, kept up to date by Jura.`,
      preset: "private_chat",
      creation_content: { type: "m.space" },
      initial_state: [
        { type: "m.room.history_visibility", state_key: "", content: { history_visibility: "shared" } },
      ],
      invite: people,
      power_level_content_override: { users: Object.fromEntries(people.map((p) => [p, 100])) },
    })) as string;
    await this.storage.writeOwn(key(federation.id), spaceId);
    this.log.info({ federationId: federation.id, spaceId }, "created a Matrix space for a federation");
    return spaceId;
  }

  /** Links an existing space (joining it if invited); the bot must be able to add rooms to it. */
  async adopt(federation: Federation, spaceRef: string, actorUserId: string): Promise<SpaceNote> {
    let spaceId: string;
    try {
      spaceId = await this.client.joinRoom(spaceRef);
    } catch (error) {
      return {
        ok: false,
        text: `I cannot join ${spaceRef} (${describeError(error)}). Invite me to the space first.`,
      };
    }
    const create = (await this.client.getRoomStateEvent(spaceId, "m.room.create", "").catch(() => ({}))) as {
      type?: unknown;
    };
    if (create.type !== "m.space") return { ok: false, text: `${spaceRef} is a room, not a space.` };
    const power = await roomPower(this.client, spaceId);
    const theirs = missingPower(power, actorUserId, "m.space.child", true);
    if (theirs) {
      return {
        ok: false,
        text: `Only someone who can add rooms to that space may link it (power level ${theirs.needed}; you have ${theirs.has}).`,
      };
    }
    const mine = missingPower(power, await this.client.getUserId(), "m.space.child", true);
    if (mine) return { ok: false, text: this.lacking(mine, spaceId) };
    await this.storage.writeOwn(key(federation.id), spaceId);
    return { ok: true, text: `The space ${permalink(spaceId)} is now “${federation.name}”'s space.` };
  }

  /** Adds a room as a child of the space; the note explains a refusal. */
  async addChild(spaceId: string, roomId: string): Promise<SpaceNote> {
    try {
      const me = await this.client.getUserId();
      await this.client.sendStateEvent(spaceId, "m.space.child", roomId, { via: [serverOf(me)] });
      return { ok: true, text: "" };
    } catch (error) {
      return { ok: false, text: await this.explain(spaceId, error) };
    }
  }

  async removeChild(spaceId: string, roomId: string): Promise<SpaceNote> {
    try {
      await this.client.sendStateEvent(spaceId, "m.space.child", roomId, {});
      return { ok: true, text: "" };
    } catch (error) {
      return { ok: false, text: await this.explain(spaceId, error) };
    }
  }

  /** The rooms currently listed as children (with a `via`, i.e. not removed). */
  async children(spaceId: string): Promise<string[]> {
    const state = (await this.client.getRoomState(spaceId)) as Array<{
      type?: unknown;
      state_key?: unknown;
      content?: { via?: unknown };
    }>;
    return state
      .filter(
        (e) => e.type === "m.space.child" && typeof e.state_key === "string" && Array.isArray(e.content?.via),
      )
      .map((e) => e.state_key as string);
  }

  private async explain(spaceId: string, error: unknown): Promise<string> {
    this.log.warn({ spaceId, err: describeError(error) }, "could not change a federation space");
    if (errcodeOf(error) === "M_FORBIDDEN") {
      try {
        const mine = missingPower(
          await roomPower(this.client, spaceId),
          await this.client.getUserId(),
          "m.space.child",
          true,
        );
        if (mine) return this.lacking(mine, spaceId);
      } catch {
        return `I am not in the federation's space ${permalink(spaceId)} any more: invite me back.`;
      }
    }
    return `I could not update the federation's space (${describeError(error)}).`;
  }

  private lacking(missing: { needed: number; has: number }, spaceId: string): string {
    return `I need power level ${missing.needed} in the space ${permalink(spaceId)} to add rooms to it (I have ${missing.has}). Raise my power level there, then say !jura space sync <federation>.`;
  }
}
