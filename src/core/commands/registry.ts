import aidAccept from "./aid/accept.js";
import aidClose from "./aid/close.js";
import aidDigest from "./aid/digest.js";
import aidFulfilled from "./aid/fulfilled.js";
import aidGive from "./aid/give.js";
import aidList from "./aid/list.js";
import aidOffer from "./aid/offer.js";
import aidRequest from "./aid/request.js";
import { describedArgs } from "./arg-texts.js";
import { textArg } from "./args.js";
import calendarAdd from "./calendar/add.js";
import calendarAnnounce from "./calendar/announce.js";
import calendarList from "./calendar/list.js";
import calendarRemove from "./calendar/remove.js";
import circleCreate from "./circle/create.js";
import circleExport from "./circle/export.js";
import circleHistory from "./circle/history.js";
import circleInvite from "./circle/invite.js";
import circleJoin from "./circle/join.js";
import circleLeave from "./circle/leave.js";
import circleList from "./circle/list.js";
import circleRemove from "./circle/remove.js";
import circleSet from "./circle/set.js";
import circleShow from "./circle/show.js";
import convergenceAgenda from "./convergence/agenda.js";
import convergenceCancel from "./convergence/cancel.js";
import convergenceIcs from "./convergence/ics.js";
import convergenceList from "./convergence/list.js";
import convergenceMinutes from "./convergence/minutes.js";
import convergenceRsvp from "./convergence/rsvp.js";
import convergenceSchedule from "./convergence/schedule.js";
import convergenceShow from "./convergence/show.js";
import creditBalance from "./credit/balance.js";
import creditLimit from "./credit/limit.js";
import creditPay from "./credit/pay.js";
import federationCreate from "./federation/create.js";
import federationExport from "./federation/export.js";
import federationHistory from "./federation/history.js";
import federationJoin from "./federation/join.js";
import federationLeave from "./federation/leave.js";
import federationList from "./federation/list.js";
import federationPage from "./federation/page.js";
import federationSet from "./federation/set.js";
import federationShow from "./federation/show.js";
import fundCreate from "./fund/create.js";
import fundDraw from "./fund/draw.js";
import fundLevy from "./fund/levy.js";
import fundList from "./fund/list.js";
import fundPay from "./fund/pay.js";
import fundShow from "./fund/show.js";
import ledgerBudget from "./ledger/budget.js";
import ledgerExpense from "./ledger/expense.js";
import ledgerExport from "./ledger/export.js";
import ledgerIncome from "./ledger/income.js";
import ledgerReverse from "./ledger/reverse.js";
import ledgerSet from "./ledger/set.js";
import ledgerShow from "./ledger/show.js";
import mandateGrant from "./mandate/grant.js";
import mandateList from "./mandate/list.js";
import mandateRenew from "./mandate/renew.js";
import mandateRenounce from "./mandate/renounce.js";
import meLanguage from "./me/language.js";
import meLink from "./me/link.js";
import meShowName from "./me/show-name.js";
import meUnlink from "./me/unlink.js";
import { policiesOf } from "./policy.js";
import pollClose from "./poll/close.js";
import pollList from "./poll/list.js";
import pollShow from "./poll/show.js";
import pollStart from "./poll/start.js";
import pollUnvote from "./poll/unvote.js";
import pollVote from "./poll/vote.js";
import proposalAbstain from "./proposal/abstain.js";
import proposalAgree from "./proposal/agree.js";
import proposalBlock from "./proposal/block.js";
import proposalList from "./proposal/list.js";
import proposalObject from "./proposal/object.js";
import proposalShow from "./proposal/show.js";
import proposalWithdraw from "./proposal/withdraw.js";
import propose from "./propose/propose.js";
import recall from "./recall/recall.js";
import reflectAdvise from "./reflect/advise.js";
import reflectAffirm from "./reflect/affirm.js";
import reflectList from "./reflect/list.js";
import reflectResolve from "./reflect/resolve.js";
import reflectShare from "./reflect/share.js";
import reflectShow from "./reflect/show.js";
import rotationAway from "./rotation/away.js";
import rotationConfirm from "./rotation/confirm.js";
import rotationCreate from "./rotation/create.js";
import rotationEdit from "./rotation/edit.js";
import rotationEnd from "./rotation/end.js";
import rotationList from "./rotation/list.js";
import rotationName from "./rotation/name.js";
import rotationShow from "./rotation/show.js";
import rotationSkip from "./rotation/skip.js";
import rotationSwap from "./rotation/swap.js";
import { type AnyCommandSpec, DECIDED } from "./spec.js";
import spokespersonName from "./spokesperson/name.js";
import spokespersonWho from "./spokesperson/who.js";
import storyAdd from "./story/add.js";
import storyFounding from "./story/founding.js";
import storyList from "./story/list.js";
import storyTell from "./story/tell.js";

/** Group summaries shown by `help`; a group exists when at least one command declares it. */
export const GROUPS: Readonly<Record<string, string>> = {
  circle: "circles of 5-15 people: create, join, invite, leave, remove, show, set, history, export",
  propose: "put a proposal to your circle or federation",
  proposal: "answer, follow and withdraw proposals: agree, abstain, object, block",
  federation: "federations of circles: found, join, leave, show, set, history, export, page",
  mandate: "delegates with limited, expiring mandates",
  recall: "ask a delegate's circle whether to end their mandate",
  rotation: "rotating roles, announced before and at each handoff",
  spokesperson: "small spokespersons, each for one domain",
  poll: "questions to a circle, with quorum and threshold",
  reflect: "failure reflections shared with the federation: advice, affirmation, help",
  aid: "mutual aid requests and offers between circles",
  ledger: "a circle's open books: income, expenses, budgets, reversals, CSV export",
  fund: "the federation's common funds and its solidarity levy",
  credit: "mutual credit between circles: zero-sum balances within limits",
  convergence: "a federation's assemblies: schedule, RSVP, reminders, agenda, minutes, iCalendar feed",
  calendar: "a federation's ritual calendar: commemorations announced on the day",
  story: "the federation's stories: its founding story and episodes of its history",
  me: "what you show of yourself outside chat",
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
  circleRemove,
  circleHistory,
  circleExport,
  propose,
  proposalAgree,
  proposalAbstain,
  proposalObject,
  proposalBlock,
  proposalShow,
  proposalList,
  proposalWithdraw,
  federationCreate,
  federationJoin,
  federationLeave,
  federationShow,
  federationList,
  federationSet,
  federationHistory,
  federationExport,
  federationPage,
  mandateGrant,
  mandateList,
  mandateRenew,
  mandateRenounce,
  recall,
  rotationCreate,
  rotationShow,
  rotationList,
  rotationSwap,
  rotationSkip,
  rotationAway,
  rotationConfirm,
  rotationName,
  rotationEdit,
  rotationEnd,
  spokespersonName,
  spokespersonWho,
  pollStart,
  pollVote,
  pollUnvote,
  pollShow,
  pollList,
  pollClose,
  reflectShare,
  reflectList,
  reflectShow,
  reflectAdvise,
  reflectAffirm,
  reflectResolve,
  aidRequest,
  aidOffer,
  aidAccept,
  aidFulfilled,
  aidGive,
  aidClose,
  aidList,
  aidDigest,
  ledgerIncome,
  ledgerExpense,
  ledgerShow,
  ledgerExport,
  ledgerBudget,
  ledgerSet,
  ledgerReverse,
  fundCreate,
  fundPay,
  fundDraw,
  fundShow,
  fundList,
  fundLevy,
  creditPay,
  creditBalance,
  creditLimit,
  convergenceSchedule,
  convergenceList,
  convergenceShow,
  convergenceRsvp,
  convergenceCancel,
  convergenceIcs,
  convergenceAgenda,
  convergenceMinutes,
  calendarList,
  calendarAdd,
  calendarRemove,
  calendarAnnounce,
  storyAdd,
  storyTell,
  storyList,
  storyFounding,
  meLink,
  meUnlink,
  meLanguage,
  meShowName,
] as unknown as readonly AnyCommandSpec[];

export class Registry {
  private readonly byKey = new Map<string, AnyCommandSpec>();

  readonly commands: readonly AnyCommandSpec[];

  constructor(commands: readonly AnyCommandSpec[] = COMMANDS) {
    this.commands = commands.map(withReason).map((spec) => ({
      ...spec,
      args: describedArgs(spec.group, spec.name, spec.args),
    }));
    for (const spec of this.commands) {
      if (spec.subject === undefined && policiesOf(spec).some((p) => p !== "anyone")) {
        throw new Error(`Command ${spec.group} ${spec.name} declares a policy but no subject`);
      }
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

/**
 * Commands that may become proposals take a `reason:` too: why the proposer wants it, shown to
 * those who decide.
 */
function withReason(spec: AnyCommandSpec): AnyCommandSpec {
  if (!policiesOf(spec).some((p) => DECIDED.has(p)) || "reason" in spec.args.shape) return spec;
  return {
    ...spec,
    args: spec.args.extend({
      reason: textArg(500).optional(),
    }),
  };
}
