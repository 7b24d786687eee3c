import {
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
  type RESTPostAPIChannelMessageJSONBody,
} from "discord-api-types/v10";
import type { RsvpPayload } from "../../core/ports.js";
import { renderText } from "./render.js";

const RSVP_PREFIX = "jura:rsvp:";
const ANSWERS = [
  { answer: "yes", label: "Yes", style: ButtonStyle.Success },
  { answer: "maybe", label: "Maybe", style: ButtonStyle.Secondary },
  { answer: "no", label: "No", style: ButtonStyle.Danger },
] as const;

export type RsvpAnswer = (typeof ANSWERS)[number]["answer"];

/** The button that answers `answer` for a convergence. */
export const rsvpButtonId = (convergenceId: number, answer: RsvpAnswer): string =>
  `${RSVP_PREFIX}${convergenceId}:${answer}`;

/** `{convergenceId, answer}` of an RSVP button's custom id, or undefined for any other component. */
export function parseRsvpButton(customId: string): { convergenceId: number; answer: RsvpAnswer } | undefined {
  const match = /^jura:rsvp:(\d{1,10}):(yes|maybe|no)$/.exec(customId);
  return match ? { convergenceId: Number(match[1]), answer: match[2] as RsvpAnswer } : undefined;
}

/**
 * A convergence reminder or start as text with one row of Yes/Maybe/No buttons; a click runs
 * `convergence rsvp <id> <answer>` and is answered only to the person who clicked.
 */
export function rsvpBody(payload: RsvpPayload, text: string): RESTPostAPIChannelMessageJSONBody {
  const buttons: APIButtonComponent[] = ANSWERS.map(({ answer, label, style }) => ({
    type: ComponentType.Button,
    style,
    custom_id: rsvpButtonId(payload.convergenceId, answer),
    label,
  }));
  return { ...renderText(text), components: [{ type: ComponentType.ActionRow, components: buttons }] };
}
