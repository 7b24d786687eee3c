import {
  type APIButtonComponent,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  type RESTPostAPIChannelMessageJSONBody,
  TextInputStyle,
} from "discord-api-types/v10";
import { t } from "../../core/i18n.js";
import type { ProposalPayload } from "../../core/ports.js";
import { renderText } from "./render.js";

const PROPOSAL_PREFIX = "jura:proposal:";
const WHY_PREFIX = "jura:proposal-why:";
/** The custom id of the modal's one text input. */
export const REASON_FIELD = "reason";
/** What a reason may hold: the core's `proposal object|block` takes 1-500 characters. */
export const REASON_LENGTH = { min: 1, max: 500 } as const;

const ANSWERS = [
  { answer: "agree", style: ButtonStyle.Success },
  { answer: "abstain", style: ButtonStyle.Secondary },
  { answer: "object", style: ButtonStyle.Primary },
  { answer: "block", style: ButtonStyle.Danger },
] as const;

export type ProposalAnswer = (typeof ANSWERS)[number]["answer"];
/** The answers that need a reason, asked for in a modal. */
export type ReasonedAnswer = Extract<ProposalAnswer, "object" | "block">;

/** The button that gives `answer` to proposal `proposalId`. */
export const proposalButtonId = (proposalId: number, answer: ProposalAnswer): string =>
  `${PROPOSAL_PREFIX}${proposalId}:${answer}`;

/** `{proposalId, answer}` of a proposal button's custom id, or undefined for any other component. */
export function parseProposalButton(
  customId: string,
): { proposalId: number; answer: ProposalAnswer } | undefined {
  const match = /^jura:proposal:(\d{1,10}):(agree|abstain|object|block)$/.exec(customId);
  return match ? { proposalId: Number(match[1]), answer: match[2] as ProposalAnswer } : undefined;
}

/** The modal asking why, for an objection or a block of proposal `proposalId`. */
export const whyModalId = (proposalId: number, answer: ReasonedAnswer): string =>
  `${WHY_PREFIX}${proposalId}:${answer}`;

/** `{proposalId, answer}` of the why-modal's custom id, or undefined for any other modal. */
export function parseWhyModal(customId: string): { proposalId: number; answer: ReasonedAnswer } | undefined {
  const match = /^jura:proposal-why:(\d{1,10}):(object|block)$/.exec(customId);
  return match ? { proposalId: Number(match[1]), answer: match[2] as ReasonedAnswer } : undefined;
}

/**
 * A proposal put to its deciders: its text with one row of Agree / Abstain / Object / Block
 * buttons. Agree and Abstain answer at once; Object and Block open a modal asking why (an
 * objection or a block needs a reason others can answer). Every answer is shown only to the
 * person who clicked; the decision itself is announced in the channel when it is taken.
 */
export function proposalBody(payload: ProposalPayload, text: string): RESTPostAPIChannelMessageJSONBody {
  const buttons: APIButtonComponent[] = ANSWERS.map(({ answer, style }) => ({
    type: ComponentType.Button,
    style,
    custom_id: proposalButtonId(payload.proposalId, answer),
    label: t("discord.proposal_button", { answer }),
  }));
  return { ...renderText(text), components: [{ type: ComponentType.ActionRow, components: buttons }] };
}

/**
 * The modal an Object or Block button opens: one required paragraph, "Why?", of 1-500
 * characters, in a Label component (Discord's current modal layout; a text input's own label
 * is deprecated).
 */
export function whyModal(
  proposalId: number,
  answer: ReasonedAnswer,
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: whyModalId(proposalId, answer),
    title: t("discord.proposal_why_title", { answer, id: proposalId }),
    components: [
      {
        type: ComponentType.Label,
        label: t("discord.proposal_why_label"),
        description: t("discord.proposal_why_description", { answer }),
        component: {
          type: ComponentType.TextInput,
          custom_id: REASON_FIELD,
          style: TextInputStyle.Paragraph,
          min_length: REASON_LENGTH.min,
          max_length: REASON_LENGTH.max,
          required: true,
        },
      },
    ],
  };
}
