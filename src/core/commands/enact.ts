import { isUserError } from "../errors.js";
import { DEFAULT_LIMITS } from "../limits.js";
import { parseRaw } from "./bind.js";
import { authorize } from "./policy.js";
import type { Registry } from "./registry.js";
import type { Enactor } from "./spec.js";

/**
 * Carries out proposals that passed with the commands of `registry`: the command runs as its
 * proposer, in the place it was proposed, on the decision's authority (the policy checks that
 * the decision is the right circle's or federation's). Its arguments are read again now, so a
 * duration such as `until:60d` counts from the decision. If it can no longer be done (the
 * person left, the thing was cancelled meanwhile), its writes are undone and the problem is
 * returned for the announcement.
 */
export function makeEnactor(registry: Registry): Enactor {
  const enact: Enactor = async (ctx, proposal, decision) => {
    const command = proposal.command;
    const spec = command && registry.get(command.group, command.name);
    if (!command || !spec) return { ok: false, problem: `/${command?.group ?? "?"} ${command?.name ?? ""}` };
    try {
      return await ctx.store.attempt(async () => {
        const args = parseRaw(spec, command.raw);
        const base = {
          actor: proposal.proposedBy,
          place: proposal.place,
          now: ctx.now,
          store: ctx.store,
          private: false,
          decision,
          enact,
          limits: DEFAULT_LIMITS,
        };
        const subject = spec.subject ? await spec.subject(base, args as never) : {};
        const gate = await authorize(spec, base, subject);
        if (gate.kind !== "run") throw new Error(`proposal #${proposal.id} did not authorize its command`);
        const reply = await spec.handler({ ...base, subject }, args as never);
        return { ok: true as const, text: reply.text };
      });
    } catch (error) {
      if (isUserError(error)) return { ok: false, problem: error.message };
      throw error;
    }
  };
  return enact;
}
