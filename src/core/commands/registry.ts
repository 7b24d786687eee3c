import circleCreate from "./circle/create.js";
import circleInvite from "./circle/invite.js";
import circleJoin from "./circle/join.js";
import circleLeave from "./circle/leave.js";
import circleList from "./circle/list.js";
import circleSet from "./circle/set.js";
import circleShow from "./circle/show.js";
import federationCreate from "./federation/create.js";
import federationJoin from "./federation/join.js";
import federationLeave from "./federation/leave.js";
import federationList from "./federation/list.js";
import federationShow from "./federation/show.js";
import mandateGrant from "./mandate/grant.js";
import mandateList from "./mandate/list.js";
import mandateRenounce from "./mandate/renounce.js";
import type { AnyCommandSpec } from "./spec.js";

/** Group summaries shown by `help`; a group exists when at least one command declares it. */
export const GROUPS: Readonly<Record<string, string>> = {
  circle: "circles of 5-15 people: create, join, invite, leave, show",
  federation: "federations of circles: found, join, leave, show",
  mandate: "delegates with limited, expiring mandates",
};

/** Every command Jura knows, in help order. Adapters generate their interfaces from this list. */
export const COMMANDS: readonly AnyCommandSpec[] = [
  circleCreate,
  circleJoin,
  circleInvite,
  circleLeave,
  circleShow,
  circleList,
  circleSet,
  federationCreate,
  federationJoin,
  federationLeave,
  federationShow,
  federationList,
  mandateGrant,
  mandateList,
  mandateRenounce,
] as unknown as readonly AnyCommandSpec[];

export class Registry {
  private readonly byKey = new Map<string, AnyCommandSpec>();

  constructor(readonly commands: readonly AnyCommandSpec[] = COMMANDS) {
    for (const spec of commands) {
      const key = `${spec.group} ${spec.name}`;
      if (this.byKey.has(key)) throw new Error(`Command ${key} is declared twice`);
      this.byKey.set(key, spec);
    }
  }

  get(group: string, name: string): AnyCommandSpec | undefined {
    return this.byKey.get(`${group} ${name}`);
  }

  groups(): string[] {
    return [...new Set(this.commands.map((c) => c.group))];
  }

  inGroup(group: string): AnyCommandSpec[] {
    return this.commands.filter((c) => c.group === group);
  }
}
