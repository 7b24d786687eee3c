import { type Answer, countAnswers, decide, reminderAt, type Verdict, WINDOW } from "../decisions.js";
import { inLocale, t } from "../i18n.js";
import { displayPerson } from "../ids.js";
import { within } from "../limits.js";
import type { Circle, Federation, Proposal, ProposedCommand } from "../model.js";
import type { ProposalVoice, Store } from "../ports.js";
import { speakingTo } from "../speaking.js";
import { formatMoment } from "../time.js";
import type { Gate } from "./policy.js";
import type { CommandContext, DecisionRecord } from "./spec.js";

const MINUTE = 60_000;
const none = (text: string) => (text.trim() === "" ? "none" : text);

/** `circle:<id>`: a circle's voice at federation level. */
export const circleVoice = (circleId: number) => `circle:${circleId}`;

/** How a voice is shown: a person, or a circle by name. */
async function voiceName(store: Store, voice: string): Promise<string> {
  if (!voice.startsWith("circle:")) return displayPerson(voice);
  const circle = await store.circles.byId(Number(voice.slice(7)));
  return circle ? `“${circle.name}”` : voice;
}

/** Where a proposal's decision is made, for messages: the circle's or federation's name. */
export async function scopeOf(
  store: Store,
  proposal: Proposal,
): Promise<{ name: string; zone: string; home: string | null; circle?: Circle; federation?: Federation }> {
  if (proposal.federationId !== null) {
    const federation = await store.federations.byId(proposal.federationId);
    return {
      name: federation?.name ?? "?",
      zone: federation?.timezone ?? "UTC",
      home: federation?.announcePlace ?? null,
      ...(federation ? { federation } : {}),
    };
  }
  const circle = proposal.circleId === null ? undefined : await store.circles.byId(proposal.circleId);
  return {
    name: circle?.name ?? "?",
    zone: circle?.timezone ?? "UTC",
    home: circle?.homePlace ?? null,
    ...(circle ? { circle } : {}),
  };
}

export interface ProposalDraft {
  title: string;
  command: ProposedCommand | null;
  reason: string;
  /** The person it names, whose acceptance it needs. */
  concerned?: string;
  /** A person who has no voice in it (the member a removal is about). */
  excluded?: string;
}

/**
 * Opens a proposal for a gate the policy chose: the circle's members now (or the federation's
 * circles now, or the one person asked) are its voices; its window comes from the circle's or
 * federation's rules. Announces it where the deciding people are, and returns the reply.
 */
export async function openProposal(
  ctx: Pick<CommandContext, "store" | "now" | "actor" | "place" | "limits">,
  gate: Exclude<Gate, { kind: "run" }>,
  draft: ProposalDraft,
): Promise<{ proposal: Proposal; text: string }> {
  const { store, now } = ctx;
  // A circle can always decide to remove a member, however many proposals a flooder opened.
  const removal = draft.command?.group === "circle" && draft.command.name === "remove";
  if (!removal) {
    const scope =
      gate.kind === "federation" ? { federationId: gate.federation.id } : { circleId: gate.circle.id };
    within(ctx.limits, "openProposalsPerScope", await store.counts.openProposals(scope));
    within(ctx.limits, "openProposalsPerPerson", await store.counts.openProposals({ proposedBy: ctx.actor }));
  }
  const base = {
    title: draft.title,
    command: draft.command,
    reason: draft.reason,
    place: ctx.place,
    proposedBy: ctx.actor,
    opensAt: now,
  };
  let proposal: Proposal;
  /** Said once per reader: each place it is posted to, in its own language. */
  let say: () => string;
  const announcements: string[] = [];
  if (gate.kind === "federation") {
    const window = gate.federation.decisionWindowMinutes;
    const closesAt = new Date(now.getTime() + window * MINUTE);
    const circles = await store.circles.list({ federationId: gate.federation.id });
    proposal = await store.proposals.create(
      {
        ...base,
        circleId: null,
        federationId: gate.federation.id,
        rule: "consent",
        concerned: null,
        // The proposer's own circle still answers for itself (its delegate, or its decision).
        proposerVoice: ctx.actor,
        closesAt,
        remindAt: reminderAt(now, closesAt),
      },
      circles.map((c) => circleVoice(c.id)),
    );
    say = () =>
      t("proposal.opened_federation", {
        id: proposal.id,
        federation: gate.federation.name,
        proposer: displayPerson(ctx.actor),
        circle: gate.circle.name,
        title: draft.title,
        reason: none(draft.reason),
        closes: formatMoment(closesAt, gate.federation.timezone),
      });
    announcements.push(
      gate.federation.announcePlace,
      ...circles.flatMap((c) => (c.homePlace ? [c.homePlace] : [])),
    );
  } else if (gate.kind === "ask") {
    const closesAt = new Date(now.getTime() + WINDOW.acceptance * MINUTE);
    proposal = await store.proposals.create(
      {
        ...base,
        circleId: gate.circle.id,
        federationId: null,
        rule: "acceptance",
        concerned: gate.person,
        proposerVoice: ctx.actor,
        closesAt,
        remindAt: reminderAt(now, closesAt),
      },
      [gate.person],
    );
    say = () =>
      t("proposal.asked", {
        id: proposal.id,
        person: displayPerson(gate.person),
        proposer: displayPerson(ctx.actor),
        title: draft.title,
        closes: formatMoment(closesAt, gate.circle.timezone),
      });
    if (gate.circle.homePlace) announcements.push(gate.circle.homePlace);
  } else {
    const { circle } = gate;
    const closesAt = new Date(now.getTime() + circle.decisionWindowMinutes * MINUTE);
    const members = (await store.members.list(circle.id)).filter((m) => m !== draft.excluded);
    const concerned = draft.concerned ?? null;
    proposal = await store.proposals.create(
      {
        ...base,
        circleId: circle.id,
        federationId: null,
        rule: circle.decisionRule,
        stage: circle.decisionRule === "majority" ? "vote" : "consent",
        concerned,
        proposerVoice: ctx.actor,
        closesAt,
        remindAt: reminderAt(now, closesAt),
      },
      concerned && concerned !== draft.excluded ? [...members, concerned] : members,
    );
    const closes = formatMoment(closesAt, circle.timezone);
    say = () =>
      t("proposal.opened", {
        id: proposal.id,
        circle: circle.name,
        proposer: displayPerson(ctx.actor),
        title: draft.title,
        reason: none(draft.reason),
        rule: t(circle.decisionRule === "majority" ? "proposal.rule_majority" : "proposal.rule_consent", {
          circle: circle.name,
          closes,
        }),
        concerned: concerned && concerned !== ctx.actor ? displayPerson(concerned) : "none",
      });
    if (circle.homePlace) announcements.push(circle.homePlace);
    // Whoever proposes agrees with it, until they say otherwise.
    await store.proposals.answer(proposal.id, ctx.actor, {
      answer: "agree",
      reason: "",
      by: ctx.actor,
      at: now,
    });
  }
  // The proposal is posted where its deciders are, as a message they can answer natively.
  const level = gate.kind === "ask" ? "person" : gate.kind;
  const places = new Set(announcements.length ? announcements : [ctx.place]);
  for (const place of places) {
    await store.outbox.add({
      key: `proposal:${proposal.id}:open:${place}`,
      place,
      text: inLocale(say),
      createdAt: now,
      payload: { type: "proposal", proposalId: proposal.id, level },
    });
  }
  const text = places.has(ctx.place)
    ? t("proposal.posted_here", { id: proposal.id, title: draft.title })
    : say();
  return { proposal, text };
}

/** The state the decision rules read. */
function stateOf(proposal: Proposal, voices: readonly ProposalVoice[]) {
  return {
    rule: proposal.rule,
    stage: proposal.stage,
    proposer: proposal.proposerVoice,
    concerned: proposal.concerned,
    voices,
  };
}

/**
 * Records a voice's answer to an open proposal (locked first, so answers and the closing sweep
 * never race) and settles it at once when the answer decides it: the person asked accepted, or
 * a person named declined. Returns false when that voice has no say in it.
 */
export async function answerProposal(
  ctx: Pick<CommandContext, "store" | "now" | "enact">,
  proposalId: number,
  voice: string,
  answer: { answer: Answer; reason: string; by: string },
): Promise<boolean> {
  const proposal = await ctx.store.proposals.lock(proposalId);
  if (!proposal) return false;
  if (!(await ctx.store.proposals.answer(proposal.id, voice, { ...answer, at: ctx.now }))) return false;
  const voices = await ctx.store.proposals.voices(proposal.id);
  const verdict = decide(stateOf(proposal, voices), false);
  if (verdict.kind !== "open") await settle(ctx, proposal, voices, verdict);
  return true;
}

/** Closes proposals whose window ended, and reminds silent voices of those about to close. */
export async function closeDueProposals(
  ctx: Pick<CommandContext, "store" | "now" | "enact">,
  limit: number,
): Promise<number> {
  let done = 0;
  for (const proposal of await ctx.store.proposals.claimClosing(ctx.now, limit)) {
    const voices = await ctx.store.proposals.voices(proposal.id);
    const verdict = decide(stateOf(proposal, voices), true);
    if (verdict.kind !== "open") await settle(ctx, proposal, voices, verdict);
    done += 1;
  }
  for (const proposal of await ctx.store.proposals.claimReminders(ctx.now, limit)) {
    await remind(ctx.store, proposal, ctx.now);
    done += 1;
  }
  return done;
}

async function remind(store: Store, proposal: Proposal, now: Date): Promise<void> {
  await store.proposals.update(proposal.id, { remindAt: null });
  const voices = await store.proposals.voices(proposal.id);
  const silent = voices.filter((v) => v.answer === null);
  if (silent.length === 0) return;
  const scope = await scopeOf(store, proposal);
  const names = await Promise.all(silent.map((v) => voiceName(store, v.voice)));
  const text = inLocale(() =>
    t("proposal.reminder", {
      id: proposal.id,
      scope: scope.name,
      closes: formatMoment(proposal.closesAt, scope.zone),
      title: proposal.title,
      silent: names.join(", "),
    }),
  );
  const places = new Set([scope.home, proposal.place]);
  if (proposal.federationId !== null) {
    for (const v of silent) {
      const circle = await store.circles.byId(Number(v.voice.slice(7)));
      places.add(circle?.homePlace ?? null);
    }
  }
  for (const place of places) {
    if (!place) continue;
    await store.outbox.add({
      key: `proposal:${proposal.id}:remind:${proposal.closesAt.toISOString()}:${place}`,
      place,
      text,
      createdAt: now,
    });
  }
}

/** Moves a proposal to the verdict reached: a vote, or its end (running its command if it passed). */
async function settle(
  ctx: Pick<CommandContext, "store" | "now" | "enact">,
  proposal: Proposal,
  voices: readonly ProposalVoice[],
  verdict: Exclude<Verdict, { kind: "open" }>,
): Promise<void> {
  // The outcome, and the effect of a command carried, are said as the deciding place reads.
  const { home } = await scopeOf(ctx.store, proposal);
  await speakingTo(ctx.store, home ?? proposal.place, () => settleHere(ctx, proposal, voices, verdict));
}

async function settleHere(
  ctx: Pick<CommandContext, "store" | "now" | "enact">,
  proposal: Proposal,
  voices: readonly ProposalVoice[],
  verdict: Exclude<Verdict, { kind: "open" }>,
): Promise<void> {
  const { store, now } = ctx;
  const scope = await scopeOf(store, proposal);
  const counts = countAnswers(voices);
  const tally = t("proposal.tally", { ...counts });
  const objections = async () =>
    (
      await Promise.all(
        voices
          .filter((v) => v.answer === "object" || v.answer === "block")
          .map(async (v) =>
            t("proposal.objection", {
              voice: await voiceName(store, v.voice),
              answer: v.answer ?? "object",
              reason: v.reason || "—",
            }),
          ),
      )
    ).join("\n");
  const base = { id: proposal.id, scope: scope.name, tally, title: proposal.title };
  let text: string;
  let status: Proposal["status"];
  switch (verdict.kind) {
    case "to_vote": {
      const minutes =
        scope.federation?.decisionWindowMinutes ??
        scope.circle?.decisionWindowMinutes ??
        WINDOW.circleDefault;
      const closesAt = new Date(now.getTime() + minutes * MINUTE);
      await store.proposals.update(proposal.id, {
        stage: "vote",
        closesAt,
        remindAt: reminderAt(now, closesAt),
      });
      text = t("proposal.to_vote", {
        ...base,
        objections: await objections(),
        closes: formatMoment(closesAt, scope.zone),
      });
      await announceOutcome(store, proposal, scope.home, `vote`, text, now);
      return;
    }
    case "passed": {
      const decision: DecisionRecord = {
        proposalId: proposal.id,
        level:
          proposal.rule === "acceptance"
            ? "person"
            : proposal.federationId !== null
              ? "federation"
              : "circle",
        scopeId: proposal.federationId ?? proposal.circleId ?? 0,
        by:
          proposal.rule === "acceptance" && proposal.concerned
            ? displayPerson(proposal.concerned)
            : scope.name,
        counts,
      };
      if (proposal.command) {
        const result = await ctx.enact(ctx, proposal, decision);
        status = result.ok ? "passed" : "failed";
        text = result.ok
          ? t("proposal.passed_effect", { ...base, effect: result.text })
          : t("proposal.failed", { ...base, problem: result.problem });
      } else {
        status = "passed";
        text = t("proposal.passed", base);
      }
      break;
    }
    case "rejected":
      status = "rejected";
      text =
        verdict.why === "declined"
          ? t("proposal.rejected_declined", { ...base, person: displayPerson(proposal.concerned ?? "") })
          : t(verdict.why === "quorum" ? "proposal.rejected_quorum" : "proposal.rejected_vote", base);
      break;
    case "blocked":
      status = "blocked";
      text = t("proposal.blocked", { ...base, objections: await objections() });
      break;
    case "lapsed":
      status = "lapsed";
      text =
        verdict.why === "not_accepted"
          ? t("proposal.lapsed_acceptance", { ...base, person: displayPerson(proposal.concerned ?? "") })
          : t("proposal.lapsed_support", base);
      break;
  }
  await store.proposals.update(proposal.id, {
    status,
    closedAt: now,
    remindAt: null,
    outcome: { verdict: verdict.kind, ...("why" in verdict ? { why: verdict.why } : {}), ...counts },
  });
  await store.audit.record({
    at: now,
    actor: "system",
    action: `proposal.${status}`,
    circleId: proposal.circleId,
    federationId: proposal.federationId,
    details: { proposalId: proposal.id, ...counts },
  });
  await announceOutcome(store, proposal, scope.home, "closed", text, now);
}

async function announceOutcome(
  store: Store,
  proposal: Proposal,
  home: string | null,
  what: string,
  text: string,
  now: Date,
): Promise<void> {
  for (const place of new Set([proposal.place, home])) {
    if (!place) continue;
    await store.outbox.add({
      key: `proposal:${proposal.id}:${what}:${what === "vote" ? `${now.toISOString()}:` : ""}${place}`,
      place,
      text,
      createdAt: now,
    });
  }
}

/** "as decided by “Green Valley” (proposal #7: 4 agree, 0 object)", or "" for a direct act. */
export function decisionNote(decision: DecisionRecord | undefined): string {
  if (!decision) return "";
  const params = { id: decision.proposalId, agree: decision.counts.agree, object: decision.counts.object };
  switch (decision.level) {
    case "circle":
      return t("decision.by_circle", { ...params, circle: decision.by });
    case "federation":
      return t("decision.by_federation", { ...params, federation: decision.by });
    case "person":
      return t("decision.by_person", { ...params, person: decision.by });
  }
}
