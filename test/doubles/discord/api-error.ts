import { RESTJSONErrorCodes } from "discord-api-types/v10";

/** One field failure inside a Discord "Invalid Form Body" error. */
export interface FieldError {
  code: string;
  message: string;
}

/** Nested error tree keyed by field name or array index, leaves under `_errors`. */
export interface ErrorTree {
  [key: string]: ErrorTree | FieldError[];
}

/** JSON body Discord sends with a 4xx. */
export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: ErrorTree;
}

/**
 * Thrown by route handlers and validators; the HTTP layer turns it into the response, so a
 * handler never writes an error reply itself.
 */
export class DiscordApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody,
  ) {
    super(`${status} ${body.code}: ${body.message}`);
  }
}

const fail = (status: number, code: number, message: string): DiscordApiError =>
  new DiscordApiError(status, { message, code });

/** The error replies Discord gives for the situations the double models. */
export const apiErrors = {
  notFound: () => fail(404, 0, "404: Not Found"),
  methodNotAllowed: () => fail(405, 0, "405: Method Not Allowed"),
  unauthorized: () => fail(401, 0, "401: Unauthorized"),
  invalidJson: () =>
    fail(400, RESTJSONErrorCodes.RequestBodyContainsInvalidJSON, "The request body contains invalid JSON."),
  invalidApiVersion: () => fail(400, RESTJSONErrorCodes.InvalidAPIVersion, "Invalid API version"),
  unknownChannel: () => fail(404, RESTJSONErrorCodes.UnknownChannel, "Unknown Channel"),
  unknownGuild: () => fail(404, RESTJSONErrorCodes.UnknownGuild, "Unknown Guild"),
  unknownMember: () => fail(404, RESTJSONErrorCodes.UnknownMember, "Unknown Member"),
  unknownMessage: () => fail(404, RESTJSONErrorCodes.UnknownMessage, "Unknown Message"),
  unknownRole: () => fail(404, RESTJSONErrorCodes.UnknownRole, "Unknown Role"),
  unknownUser: () => fail(404, RESTJSONErrorCodes.UnknownUser, "Unknown User"),
  unknownWebhook: () => fail(404, RESTJSONErrorCodes.UnknownWebhook, "Unknown Webhook"),
  unknownInteraction: () => fail(404, RESTJSONErrorCodes.UnknownInteraction, "Unknown interaction"),
  unknownCommand: () =>
    fail(404, RESTJSONErrorCodes.UnknownApplicationCommand, "Unknown application command"),
  unknownScheduledEvent: () =>
    fail(404, RESTJSONErrorCodes.UnknownGuildScheduledEvent, "Unknown Guild Scheduled Event"),
  invalidWebhookToken: () => fail(401, RESTJSONErrorCodes.InvalidWebhookToken, "Invalid Webhook Token"),
  missingAccess: () => fail(403, RESTJSONErrorCodes.MissingAccess, "Missing Access"),
  missingPermissions: () => fail(403, RESTJSONErrorCodes.MissingPermissions, "Missing Permissions"),
  emptyMessage: () => fail(400, RESTJSONErrorCodes.CannotSendAnEmptyMessage, "Cannot send an empty message"),
  nonTextChannel: () =>
    fail(
      400,
      RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
      "Cannot send messages in a non-text channel",
    ),
  editOthersMessage: () =>
    fail(
      403,
      RESTJSONErrorCodes.CannotEditMessageAuthoredByAnotherUser,
      "Cannot edit a message authored by another user",
    ),
  alreadyAcknowledged: () =>
    fail(
      400,
      RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
      "Interaction has already been acknowledged.",
    ),
  pollExpired: () => fail(400, RESTJSONErrorCodes.PollExpired, "This poll has already expired."),
  cannotExpireNonPoll: () =>
    fail(400, RESTJSONErrorCodes.CannotExpireANonPollMessage, "Cannot expire a non-poll message"),
  cannotEditPoll: () => fail(400, RESTJSONErrorCodes.CannotEditAPollMessage, "Cannot edit a poll message"),
  invalidPollChannel: () =>
    fail(400, RESTJSONErrorCodes.InvalidChannelTypeForPollCreation, "Invalid channel type for poll creation"),
} as const;
