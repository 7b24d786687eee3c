import { UserError } from "../errors.js";
import { t } from "../i18n.js";
import type { Circle, Federation } from "../model.js";
import type { AnyCommandSpec, PolicyKind, Subject, SubjectContext } from "./spec.js";

/** A policy in words, for help. */
export function policyText(kind: PolicyKind): string {
  return t(`help.policy.${kind}`);
}

/** What the framework does with a command once its policy is checked. */
export type Gate =
  | { kind: "run" }
  /** Open a proposal the circle decides. */
  | { kind: "circle"; circle: Circle }
  /** Open a proposal the federation decides, one voice per circle; `circle` is the proposer's. */
  | { kind: "federation"; federation: Federation; circle: Circle }
  /** Ask one person, who accepts or declines. */
  | { kind: "ask"; circle: Circle; person: string };

/** The policy that applies to this subject (a federation-scoped subject has no circle to act on). */
export function policyFor(spec: Pick<AnyCommandSpec, "policy">, subject: Subject): PolicyKind {
  const { policy } = spec;
  if (typeof policy === "string") return policy;
  return subject.federation && !subject.circle ? policy.federation : policy.circle;
}

/** Every policy a spec may apply, for help and tests. */
export function policiesOf(spec: Pick<AnyCommandSpec, "policy">): PolicyKind[] {
  const { policy } = spec;
  return typeof policy === "string" ? [policy] : [...new Set([policy.circle, policy.federation])];
}

/**
 * Checks the actor against the command's declared policy, before any handler runs. Refusals are
 * UserErrors with `policy.*` codes and change nothing. A command running on a decision's
 * authority (`ctx.decision`) is allowed when the decision is of the right circle or federation.
 */
export async function authorize(spec: AnyCommandSpec, ctx: SubjectContext, subject: Subject): Promise<Gate> {
  try {
    return await check(spec, ctx, subject);
  } catch (error) {
    if (error instanceof UserError) error.refusedByPolicy = true;
    throw error;
  }
}

async function check(spec: AnyCommandSpec, ctx: SubjectContext, subject: Subject): Promise<Gate> {
  const kind = policyFor(spec, subject);
  const { store, actor, decision } = ctx;
  const isMember = (circle: Circle) => store.members.isMember(circle.id, actor);
  const needCircle = (): Circle => {
    if (!subject.circle) throw new Error(`${spec.group} ${spec.name}: policy ${kind} needs a circle subject`);
    return subject.circle;
  };
  const needFederation = async (): Promise<Federation> => {
    if (subject.federation) return subject.federation;
    const id = subject.circle?.federationId;
    const federation = id ? await store.federations.byId(id) : undefined;
    if (!federation) throw new Error(`${spec.group} ${spec.name}: policy ${kind} needs a federation subject`);
    return federation;
  };
  /** The actor's circle in the federation: the one named as subject if they belong to it, else their first. */
  const federationCircle = async (federation: Federation): Promise<Circle | undefined> => {
    const mine = await store.members.circlesOf(actor, federation.id);
    return mine.find((c) => c.id === subject.circle?.id) ?? mine[0];
  };
  switch (kind) {
    case "anyone":
      return { kind: "run" };
    case "member": {
      const circle = needCircle();
      if (!(await isMember(circle))) throw new UserError("policy.member", { circle: circle.name });
      return { kind: "run" };
    }
    case "person-concerned": {
      if (!(subject.people ?? []).includes(actor)) throw subject.refusal ?? new UserError("policy.person");
      return { kind: "run" };
    }
    case "acceptance": {
      const circle = needCircle();
      if (decision) {
        if (decision.level === "person" && decision.scopeId === circle.id) return { kind: "run" };
        throw new UserError("policy.wrong_decision", { circle: circle.name });
      }
      if (!(await isMember(circle))) throw new UserError("policy.member", { circle: circle.name });
      const person = subject.concerned;
      if (person === undefined || person === actor) return { kind: "run" };
      return { kind: "ask", circle, person };
    }
    case "circle-decision": {
      const circle = needCircle();
      if (decision) {
        if (decision.level === "circle" && decision.scopeId === circle.id) return { kind: "run" };
        throw new UserError("policy.wrong_decision", { circle: circle.name });
      }
      if (!(await isMember(circle))) throw new UserError("policy.member", { circle: circle.name });
      return subject.delegated ? { kind: "run" } : { kind: "circle", circle };
    }
    case "federation-member":
    case "federation-decision":
    case "creator-circle": {
      const federation = await needFederation();
      if (decision) {
        if (decision.level === "federation" && decision.scopeId === federation.id) return { kind: "run" };
        if (kind !== "federation-member")
          throw new UserError("policy.wrong_decision", { circle: federation.name });
      }
      const circle = await federationCircle(federation);
      if (!circle) throw new UserError("policy.federation_member", { federation: federation.name });
      if (kind === "federation-member") return { kind: "run" };
      if (kind === "creator-circle" && subject.creatorCircleId != null) {
        const creator = subject.creatorCircleId;
        if (await store.members.isMember(creator, actor)) return { kind: "run" };
      }
      return { kind: "federation", federation, circle };
    }
  }
}
