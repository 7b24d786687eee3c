import {
  type APIAllowedMentions,
  type APIEmbed,
  type APIMessageTopLevelComponent,
  type APIPartialEmoji,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  PollLayoutType,
  type RESTAPIMessageReference,
  type RESTAPIPoll,
} from "discord-api-types/v10";
import { apiErrors } from "./api-error.js";
import { type FieldPath, FormErrors, isRecord } from "./form-errors.js";

/**
 * Where a message body came from; decides which flags are allowed, whether a poll may be set
 * (not on edits, except the first edit of a deferred interaction response) and whether empty is OK.
 */
export type MessageBodyMode = "create" | "edit" | "deferred-edit" | "interaction";

/** A message body that passed Discord's checks. Absent fields were absent in the request. */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  poll?: RESTAPIPoll;
  flags?: number;
  tts?: boolean;
  nonce?: string | number;
  enforceNonce?: boolean;
  allowedMentions?: APIAllowedMentions;
  messageReference?: RESTAPIMessageReference;
  stickerIds?: string[];
  files: string[];
}

const CREATE_FLAGS =
  MessageFlags.SuppressEmbeds |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsVoiceMessage |
  MessageFlags.IsComponentsV2;
const INTERACTION_FLAGS = CREATE_FLAGS | MessageFlags.Ephemeral;
const SELECTS = [
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
];

/**
 * Checks a create/edit message body the way Discord does (content ≤ 2000, ≤ 10 embeds and their
 * limits, action rows and buttons, polls) and throws the same 400s: 50035 with a field tree,
 * or 50006 for an empty message.
 */
export function validateMessageBody(body: unknown, mode: MessageBodyMode, files: string[]): MessageBody {
  const errors = new FormErrors();
  const input = isRecord(body) ? body : {};
  const out: MessageBody = { files };
  const content = errors.string(["content"], input.content, { max: 2000 });
  if (content !== undefined) out.content = content;
  const embeds = errors.array(["embeds"], input.embeds, { max: 10 });
  if (embeds) out.embeds = validateEmbeds(errors, embeds);
  const flags = errors.integer(["flags"], input.flags, { min: 0 });
  if (flags !== undefined) out.flags = flags & (mode === "interaction" ? INTERACTION_FLAGS : CREATE_FLAGS);
  const components = input.components;
  if (components !== undefined && components !== null) {
    const v2 = ((out.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
    out.components = validateComponents(errors, components, v2);
  }
  if (input.poll !== undefined && input.poll !== null) {
    if (mode === "edit") throw apiErrors.cannotEditPoll();
    const poll = validatePoll(errors, input.poll);
    if (poll) out.poll = poll;
  }
  const tts = errors.boolean(["tts"], input.tts);
  if (tts !== undefined) out.tts = tts;
  if (typeof input.nonce === "string" || typeof input.nonce === "number") {
    if (String(input.nonce).length > 25)
      errors.add(["nonce"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    out.nonce = input.nonce;
  }
  if (input.enforce_nonce === true) out.enforceNonce = true;
  if (isRecord(input.allowed_mentions))
    out.allowedMentions = validateAllowedMentions(errors, input.allowed_mentions);
  if (isRecord(input.message_reference)) {
    const ref = input.message_reference;
    if (typeof ref.message_id !== "string") errors.required(["message_reference", "message_id"]);
    else out.messageReference = ref as unknown as RESTAPIMessageReference;
  }
  if (Array.isArray(input.sticker_ids)) out.stickerIds = input.sticker_ids.map(String);
  errors.throwIfAny();
  const empty =
    !out.content?.trim() &&
    !out.embeds?.length &&
    !out.components?.length &&
    !out.poll &&
    !out.stickerIds?.length &&
    files.length === 0;
  if (empty && (mode === "create" || mode === "interaction")) throw apiErrors.emptyMessage();
  return out;
}

const MENTION_TYPES = ["users", "roles", "everyone"];

/**
 * `allowed_mentions`: `parse` lists mention types; `users`/`roles` at most 100 ids each, and a
 * type may not be both parsed and listed (Discord's "mutually exclusive" rule).
 */
function validateAllowedMentions(errors: FormErrors, raw: Record<string, unknown>): APIAllowedMentions {
  const parse = errors.array(["allowed_mentions", "parse"], raw.parse, { max: 3 }) ?? [];
  parse.forEach((type, i) => {
    if (typeof type !== "string" || !MENTION_TYPES.includes(type))
      errors.add(
        ["allowed_mentions", "parse", i],
        "BASE_TYPE_CHOICES",
        `Value must be one of {${MENTION_TYPES.map((t) => `'${t}'`).join(", ")}}.`,
      );
  });
  for (const kind of ["users", "roles"] as const) {
    const ids = errors.array(["allowed_mentions", kind], raw[kind], { max: 100 }) ?? [];
    if (ids.length > 0 && parse.includes(kind))
      errors.add(
        ["allowed_mentions", "parse"],
        "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
        `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
      );
  }
  return raw as APIAllowedMentions;
}

function validateEmbeds(errors: FormErrors, embeds: unknown[]): APIEmbed[] {
  let total = 0;
  const count = (path: FieldPath, value: unknown, max: number, required = false): void => {
    const text = errors.string(path, value, { max, required, min: required ? 1 : 0 });
    total += text ? [...text].length : 0;
  };
  embeds.forEach((embed, i) => {
    if (!isRecord(embed)) {
      errors.add(["embeds", i], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      return;
    }
    count(["embeds", i, "title"], embed.title, 256);
    count(["embeds", i, "description"], embed.description, 4096);
    if (isRecord(embed.footer)) count(["embeds", i, "footer", "text"], embed.footer.text, 2048, true);
    if (isRecord(embed.author)) count(["embeds", i, "author", "name"], embed.author.name, 256, true);
    const fields = errors.array(["embeds", i, "fields"], embed.fields, { max: 25 }) ?? [];
    fields.forEach((field, j) => {
      const f = isRecord(field) ? field : {};
      count(["embeds", i, "fields", j, "name"], f.name, 256, true);
      count(["embeds", i, "fields", j, "value"], f.value, 1024, true);
    });
  });
  if (total > 6000)
    errors.add(["embeds"], "MESSAGE_EMBEDS_TOO_LARGE", "Embed size exceeds maximum size of 6000");
  return embeds.filter(isRecord).map((e) => ({ type: "rich", ...e }) as APIEmbed);
}

function validateComponents(errors: FormErrors, value: unknown, v2: boolean): APIMessageTopLevelComponent[] {
  const rows = errors.array(["components"], value, { max: v2 ? 40 : 5 }) ?? [];
  const customIds = new Set<string>();
  rows.forEach((row, i) => {
    if (!isRecord(row)) {
      errors.add(["components", i], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      return;
    }
    if (v2) return;
    if (row.type !== ComponentType.ActionRow) {
      errors.add(
        ["components", i, "type"],
        "UNION_TYPE_CHOICES",
        `Value of field "type" must be one of (${ComponentType.ActionRow},).`,
      );
      return;
    }
    const children =
      errors.array(["components", i, "components"], row.components, { min: 1, max: 5, required: true }) ?? [];
    const hasSelect = children.some((c) => isRecord(c) && SELECTS.includes(c.type as ComponentType));
    if (hasSelect && children.length > 1) {
      errors.add(
        ["components", i, "components"],
        "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        "The specified component exceeds the maximum width",
      );
    }
    children.forEach((child, j) => {
      const path = ["components", i, "components", j];
      if (!isRecord(child)) {
        errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
        return;
      }
      if (child.type === ComponentType.Button) validateButton(errors, path, child, customIds);
      else if (SELECTS.includes(child.type as ComponentType)) validateSelect(errors, path, child, customIds);
      else errors.add([...path, "type"], "BASE_TYPE_CHOICES", "Value must be one of {2, 3, 5, 6, 7, 8}.");
    });
  });
  return rows.filter(isRecord) as unknown as APIMessageTopLevelComponent[];
}

function validateCustomId(errors: FormErrors, path: FieldPath, value: unknown, seen: Set<string>): void {
  const id = errors.string([...path, "custom_id"], value, { min: 1, max: 100, required: true });
  if (id === undefined) return;
  if (seen.has(id))
    errors.add(
      [...path, "custom_id"],
      "COMPONENT_CUSTOM_ID_DUPLICATED",
      "Component custom id cannot be duplicated",
    );
  seen.add(id);
}

function validateButton(
  errors: FormErrors,
  path: FieldPath,
  button: Record<string, unknown>,
  seen: Set<string>,
): void {
  const style = errors.oneOf([...path, "style"], button.style, [1, 2, 3, 4, 5, 6], true);
  errors.string([...path, "label"], button.label, { max: 80 });
  if (style === ButtonStyle.Link) {
    errors.string([...path, "url"], button.url, { min: 1, max: 512, required: true });
    if (button.custom_id !== undefined)
      errors.add(
        [...path, "custom_id"],
        "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
        "A custom id is not allowed for link buttons",
      );
  } else if (style !== ButtonStyle.Premium && style !== undefined) {
    validateCustomId(errors, path, button.custom_id, seen);
    if (button.url !== undefined)
      errors.add(
        [...path, "url"],
        "BUTTON_COMPONENT_URL_NOT_ALLOWED",
        "A url is only allowed for link buttons",
      );
  }
  if (button.label === undefined && button.emoji === undefined && style !== ButtonStyle.Premium) {
    errors.add([...path, "label"], "BUTTON_COMPONENT_LABEL_REQUIRED", "A label or emoji is required");
  }
}

function validateSelect(
  errors: FormErrors,
  path: FieldPath,
  select: Record<string, unknown>,
  seen: Set<string>,
): void {
  validateCustomId(errors, path, select.custom_id, seen);
  errors.string([...path, "placeholder"], select.placeholder, { max: 150 });
  errors.integer([...path, "min_values"], select.min_values, { min: 0, max: 25 });
  errors.integer([...path, "max_values"], select.max_values, { min: 1, max: 25 });
  if (select.type !== ComponentType.StringSelect) return;
  const options =
    errors.array([...path, "options"], select.options, { min: 1, max: 25, required: true }) ?? [];
  options.forEach((option, k) => {
    const o = isRecord(option) ? option : {};
    errors.string([...path, "options", k, "label"], o.label, { min: 1, max: 100, required: true });
    errors.string([...path, "options", k, "value"], o.value, { min: 1, max: 100, required: true });
    errors.string([...path, "options", k, "description"], o.description, { max: 100 });
  });
}

/** Checks a poll create request: question ≤ 300, 1–10 answers ≤ 55, duration 1–768 hours. */
export function validatePoll(errors: FormErrors, value: unknown): RESTAPIPoll | undefined {
  if (!isRecord(value)) {
    errors.add(["poll"], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    return undefined;
  }
  const question = isRecord(value.question) ? value.question : undefined;
  if (!question) errors.required(["poll", "question"]);
  const questionText = errors.string(["poll", "question", "text"], question?.text, {
    min: 1,
    max: 300,
    required: question !== undefined,
  });
  const answers = errors.array(["poll", "answers"], value.answers, { min: 1, max: 10, required: true }) ?? [];
  const parsedAnswers = answers.map((answer, i) => {
    const media = isRecord(answer) && isRecord(answer.poll_media) ? answer.poll_media : undefined;
    if (!media) errors.required(["poll", "answers", i, "poll_media"]);
    const text = errors.string(["poll", "answers", i, "poll_media", "text"], media?.text, {
      min: 1,
      max: 55,
      required: media !== undefined,
    });
    const emoji = isRecord(media?.emoji) ? { emoji: media.emoji as unknown as APIPartialEmoji } : {};
    return { poll_media: { ...emoji, text: text ?? "" } };
  });
  const duration = errors.integer(["poll", "duration"], value.duration, { min: 1, max: 768 }) ?? 24;
  const multiselect = errors.boolean(["poll", "allow_multiselect"], value.allow_multiselect) ?? false;
  const layout =
    errors.oneOf(["poll", "layout_type"], value.layout_type, [PollLayoutType.Default]) ??
    PollLayoutType.Default;
  if (questionText === undefined) return undefined;
  return {
    question: { text: questionText },
    answers: parsedAnswers,
    duration,
    allow_multiselect: multiselect,
    layout_type: layout,
  };
}
