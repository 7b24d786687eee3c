import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { type FieldPath, FormErrors, isRecord } from "./form-errors.js";

/** Discord's documented name rule for CHAT_INPUT commands and options (unicode flag set). */
export const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const NESTED = [ApplicationCommandOptionType.Subcommand, ApplicationCommandOptionType.SubcommandGroup];
const WITH_CHOICES = [
  ApplicationCommandOptionType.String,
  ApplicationCommandOptionType.Integer,
  ApplicationCommandOptionType.Number,
];
const OPTION_TYPES = Object.values(ApplicationCommandOptionType).filter(
  (v): v is number => typeof v === "number",
);
const MAX_PER_TYPE: Record<number, number> = {
  [ApplicationCommandType.ChatInput]: 100,
  [ApplicationCommandType.User]: 15,
  [ApplicationCommandType.Message]: 15,
  [ApplicationCommandType.PrimaryEntryPoint]: 1,
};

function checkName(
  errors: FormErrors,
  path: FieldPath,
  name: unknown,
  chatInput: boolean,
): string | undefined {
  const text = errors.string(path, name, { min: 1, max: 32, required: true });
  if (text === undefined) return undefined;
  if (chatInput && (!CHAT_INPUT_NAME.test(text) || text !== text.toLowerCase())) {
    errors.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
  }
  return text;
}

/** Counts name + description + choice names/values toward the 8000-character command limit. */
function size(value: Record<string, unknown>): number {
  let total = [value.name, value.description].reduce<number>(
    (n, s) => n + (typeof s === "string" ? [...s].length : 0),
    0,
  );
  for (const choice of Array.isArray(value.choices) ? value.choices : []) {
    if (isRecord(choice)) total += String(choice.name ?? "").length + String(choice.value ?? "").length;
  }
  for (const option of Array.isArray(value.options) ? value.options : [])
    if (isRecord(option)) total += size(option);
  return total;
}

function checkOptions(errors: FormErrors, path: FieldPath, value: unknown, depth: number): void {
  const options = errors.array(path, value, { max: 25 }) ?? [];
  const records = options.filter(isRecord);
  const nested = records.filter((o) => NESTED.includes(o.type as ApplicationCommandOptionType));
  if (nested.length > 0 && nested.length !== records.length) {
    errors.add(
      path,
      "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
      "Sub-command and sub-command group option types are mutually exclusive to all other types",
    );
  }
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((raw, i) => {
    const at = [...path, i];
    if (!isRecord(raw)) {
      errors.add(at, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      return;
    }
    const name = checkName(errors, [...at, "name"], raw.name, true);
    if (name !== undefined) {
      if (names.has(name))
        errors.add(
          [...at, "name"],
          "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
          "Option names must be unique",
        );
      names.add(name);
    }
    errors.string([...at, "description"], raw.description, { min: 1, max: 100, required: true });
    const type = errors.oneOf([...at, "type"], raw.type, OPTION_TYPES, true);
    if (type === undefined) return;
    if (type === ApplicationCommandOptionType.SubcommandGroup && depth > 0) {
      errors.add(
        [...at, "type"],
        "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
        "Sub-command groups can only be nested one level",
      );
    }
    if (type === ApplicationCommandOptionType.Subcommand && depth > 1) {
      errors.add(
        [...at, "type"],
        "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
        "Sub-commands cannot be nested this deep",
      );
    }
    if (NESTED.includes(type)) {
      if (type === ApplicationCommandOptionType.SubcommandGroup) {
        const children =
          errors.array([...at, "options"], raw.options, { min: 1, max: 25, required: true }) ?? [];
        if (children.some((c) => isRecord(c) && c.type !== ApplicationCommandOptionType.Subcommand)) {
          errors.add(
            [...at, "options"],
            "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
            "Sub-command groups may only contain sub-commands",
          );
        }
      }
      checkOptions(errors, [...at, "options"], raw.options, depth + 1);
      return;
    }
    const required = raw.required === true;
    if (required && sawOptional) {
      errors.add(
        [...at, "required"],
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        "Required options must be placed before non-required options",
      );
    }
    if (!required) sawOptional = true;
    checkChoices(errors, at, raw, type);
    checkBounds(errors, at, raw, type);
  });
}

/** Discord's documented bound on min_value/max_value of INTEGER and NUMBER options. */
const VALUE_LIMIT = 2 ** 53;

/**
 * `min_length` (0-6000) and `max_length` (1-6000) belong to STRING options; `min_value` and
 * `max_value` (within ±2^53, integers for INTEGER) to INTEGER and NUMBER options; a minimum may
 * not exceed its maximum. (The codes for a bound on the wrong type or an inverted range are
 * close guesses; the range messages are Discord's.)
 */
function checkBounds(
  errors: FormErrors,
  at: FieldPath,
  raw: Record<string, unknown>,
  type: ApplicationCommandOptionType,
): void {
  const has = (key: string) => raw[key] !== undefined && raw[key] !== null;
  const misplaced = (keys: string[], allowed: boolean, what: string) => {
    for (const key of keys)
      if (has(key) && !allowed)
        errors.add(
          [...at, key],
          "APPLICATION_COMMAND_OPTION_INVALID",
          `${key} is only allowed for ${what} options`,
        );
  };
  const isString = type === ApplicationCommandOptionType.String;
  const isNumber =
    type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number;
  misplaced(["min_length", "max_length"], isString, "string");
  misplaced(["min_value", "max_value"], isNumber, "integer and number");
  if (isString) {
    const min = errors.integer([...at, "min_length"], raw.min_length, { min: 0, max: 6000 });
    const max = errors.integer([...at, "max_length"], raw.max_length, { min: 1, max: 6000 });
    if (min !== undefined && max !== undefined && min > max)
      errors.add(
        [...at, "min_length"],
        "APPLICATION_COMMAND_OPTION_INVALID",
        "min_length must be less than or equal to max_length",
      );
  }
  if (isNumber) {
    const value = (key: "min_value" | "max_value") => {
      const v = raw[key];
      if (!has(key)) return undefined;
      if (typeof v !== "number" || !Number.isFinite(v)) {
        errors.add([...at, key], "NUMBER_TYPE_COERCE", `Value "${String(v)}" is not a valid number.`);
        return undefined;
      }
      if (type === ApplicationCommandOptionType.Integer && !Number.isInteger(v)) {
        errors.add([...at, key], "NUMBER_TYPE_COERCE", `Value "${String(v)}" is not int.`);
        return undefined;
      }
      if (v < -VALUE_LIMIT)
        errors.add(
          [...at, key],
          "NUMBER_TYPE_MIN",
          `Value should be greater than or equal to ${-VALUE_LIMIT}.`,
        );
      else if (v > VALUE_LIMIT)
        errors.add([...at, key], "NUMBER_TYPE_MAX", `Value should be less than or equal to ${VALUE_LIMIT}.`);
      else return v;
      return undefined;
    };
    const min = value("min_value");
    const max = value("max_value");
    if (min !== undefined && max !== undefined && min > max)
      errors.add(
        [...at, "min_value"],
        "APPLICATION_COMMAND_OPTION_INVALID",
        "min_value must be less than or equal to max_value",
      );
  }
}

function checkChoices(
  errors: FormErrors,
  at: FieldPath,
  raw: Record<string, unknown>,
  type: ApplicationCommandOptionType,
): void {
  if (raw.choices === undefined || raw.choices === null) return;
  if (!WITH_CHOICES.includes(type)) {
    errors.add(
      [...at, "choices"],
      "APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED",
      "Choices are only allowed for string, integer and number options",
    );
    return;
  }
  if (raw.autocomplete === true) {
    errors.add(
      [...at, "autocomplete"],
      "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
      "Autocomplete cannot be set with choices",
    );
  }
  const choices = errors.array([...at, "choices"], raw.choices, { max: 25 }) ?? [];
  choices.forEach((choice, k) => {
    const c = isRecord(choice) ? choice : {};
    errors.string([...at, "choices", k, "name"], c.name, { min: 1, max: 100, required: true });
    if (type === ApplicationCommandOptionType.String) {
      errors.string([...at, "choices", k, "value"], c.value, { min: 1, max: 100, required: true });
    } else if (
      typeof c.value !== "number" ||
      (type === ApplicationCommandOptionType.Integer && !Number.isInteger(c.value))
    ) {
      errors.add(
        [...at, "choices", k, "value"],
        "NUMBER_TYPE_COERCE",
        `Value "${String(c.value)}" is not ${type === ApplicationCommandOptionType.Integer ? "int" : "a valid number"}.`,
      );
    }
  });
}

/** Checks one command body; paths are prefixed (the index in a bulk overwrite). */
export function checkCommand(
  errors: FormErrors,
  prefix: FieldPath,
  raw: unknown,
): RESTPostAPIApplicationCommandsJSONBody | undefined {
  if (!isRecord(raw)) {
    errors.add(prefix, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    return undefined;
  }
  const type =
    errors.oneOf([...prefix, "type"], raw.type ?? ApplicationCommandType.ChatInput, [1, 2, 3, 4]) ??
    ApplicationCommandType.ChatInput;
  const chatInput = type === ApplicationCommandType.ChatInput;
  checkName(errors, [...prefix, "name"], raw.name, chatInput);
  if (chatInput) {
    errors.string([...prefix, "description"], raw.description, { min: 1, max: 100, required: true });
    checkOptions(errors, [...prefix, "options"], raw.options, 0);
    if (size(raw) > 8000)
      errors.add(prefix, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
  } else if (typeof raw.description === "string" && raw.description !== "") {
    errors.add(
      [...prefix, "description"],
      "APPLICATION_COMMAND_DESCRIPTION_NOT_EMPTY",
      "Description must be empty for user and message commands",
    );
  }
  return { ...raw, type } as RESTPostAPIApplicationCommandsJSONBody;
}

/**
 * Validates a bulk overwrite body (array of commands) like Discord: every command checked,
 * names unique per type, per-type count limits; throws 400 50035 listing all problems.
 */
export function validateCommandList(body: unknown): RESTPostAPIApplicationCommandsJSONBody[] {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], "BASE_TYPE_ARRAY", "Must be an array.");
    errors.throwIfAny();
    return [];
  }
  const commands = body.map((raw, i) => checkCommand(errors, [i], raw));
  const seen = new Set<string>();
  commands.forEach((command, i) => {
    if (!command) return;
    const key = `${command.type ?? 1}:${command.name}`;
    if (seen.has(key))
      errors.add(
        [i, "name"],
        "APPLICATION_COMMANDS_DUPLICATE_NAME",
        "Application command names must be unique",
      );
    seen.add(key);
  });
  for (const [type, max] of Object.entries(MAX_PER_TYPE)) {
    const count = commands.filter((c) => String(c?.type ?? 1) === type).length;
    if (count > max)
      errors.add(
        [],
        "APPLICATION_COMMANDS_TOO_MANY",
        `Maximum number of application commands of type ${type} reached (${max})`,
      );
  }
  errors.throwIfAny();
  return commands.filter((c): c is RESTPostAPIApplicationCommandsJSONBody => c !== undefined);
}

/** Options as stored on a command: Discord drops `required: false` and empty arrays. */
export function normalizeOptions(options: unknown): APIApplicationCommandOption[] | undefined {
  if (!Array.isArray(options) || options.length === 0) return undefined;
  return options.filter(isRecord).map((o) => {
    const { required, options: nested, ...rest } = o;
    const out: Record<string, unknown> = { ...rest };
    if (required === true) out.required = true;
    const children = normalizeOptions(nested);
    if (children) out.options = children;
    return out as unknown as APIApplicationCommandOption;
  });
}
