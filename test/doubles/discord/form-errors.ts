import { RESTJSONErrorCodes } from "discord-api-types/v10";
import { DiscordApiError, type ErrorTree, type FieldError } from "./api-error.js";

/** A path into a JSON body: field names and array indexes, as Discord nests its errors. */
export type FieldPath = readonly (string | number)[];

/**
 * Collects field failures and renders them the way Discord does:
 * `{ code: 50035, message: "Invalid Form Body", errors: { options: { "0": { name: { _errors: [...] } } } } }`.
 * Validators keep going after a failure so one reply lists every problem, as Discord's does.
 */
export class FormErrors {
  private readonly tree: ErrorTree = {};
  private count = 0;

  add(path: FieldPath, code: string, message: string): void {
    let node: ErrorTree = this.tree;
    for (const key of path) {
      const name = String(key);
      const next = node[name];
      if (next === undefined || Array.isArray(next)) {
        const child: ErrorTree = {};
        node[name] = child;
        node = child;
      } else {
        node = next;
      }
    }
    const leaf = node._errors;
    const entry: FieldError = { code, message };
    if (Array.isArray(leaf)) leaf.push(entry);
    else node._errors = [entry];
    this.count += 1;
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }

  /** Throws the 400 "Invalid Form Body" error when anything was added. */
  throwIfAny(): void {
    if (this.isEmpty) return;
    throw new DiscordApiError(400, {
      code: RESTJSONErrorCodes.InvalidFormBodyOrContentType,
      errors: this.tree,
      message: "Invalid Form Body",
    });
  }

  required(path: FieldPath): void {
    this.add(path, "BASE_TYPE_REQUIRED", "This field is required");
  }

  /**
   * Checks an optional or required string with Discord's length messages; returns the string or
   * undefined when absent or invalid.
   */
  string(
    path: FieldPath,
    value: unknown,
    limits: { min?: number; max: number; required?: boolean },
  ): string | undefined {
    if (value === undefined || value === null) {
      if (limits.required) this.required(path);
      return undefined;
    }
    if (typeof value !== "string") {
      this.add(path, "BASE_TYPE_STRING", `Could not interpret "${String(value)}" as string.`);
      return undefined;
    }
    const length = [...value].length;
    const min = limits.min ?? 0;
    if (length < min || length > limits.max) {
      if (min > 0 && length < min && limits.max !== Number.POSITIVE_INFINITY) {
        this.add(path, "BASE_TYPE_BAD_LENGTH", `Must be between ${min} and ${limits.max} in length.`);
      } else if (length > limits.max) {
        this.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${limits.max} or fewer in length.`);
      } else {
        this.add(path, "BASE_TYPE_MIN_LENGTH", `Must be ${min} or more in length.`);
      }
      return undefined;
    }
    return value;
  }

  /** Checks an integer within inclusive bounds. */
  integer(
    path: FieldPath,
    value: unknown,
    limits: { min?: number; max?: number; required?: boolean },
  ): number | undefined {
    if (value === undefined || value === null) {
      if (limits.required) this.required(path);
      return undefined;
    }
    if (typeof value !== "number" || !Number.isInteger(value)) {
      this.add(path, "NUMBER_TYPE_COERCE", `Value "${String(value)}" is not int.`);
      return undefined;
    }
    if (limits.min !== undefined && value < limits.min) {
      this.add(path, "NUMBER_TYPE_MIN", `int value should be greater than or equal to ${limits.min}.`);
      return undefined;
    }
    if (limits.max !== undefined && value > limits.max) {
      this.add(path, "NUMBER_TYPE_MAX", `int value should be less than or equal to ${limits.max}.`);
      return undefined;
    }
    return value;
  }

  boolean(path: FieldPath, value: unknown): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "boolean") {
      this.add(path, "BASE_TYPE_BOOLEAN", "Must be either true or false.");
      return undefined;
    }
    return value;
  }

  /** Checks an array's length; returns the array (possibly empty) or undefined when absent. */
  array(
    path: FieldPath,
    value: unknown,
    limits: { min?: number; max: number; required?: boolean },
  ): unknown[] | undefined {
    if (value === undefined || value === null) {
      if (limits.required) this.required(path);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.add(path, "BASE_TYPE_ARRAY", "Must be an array.");
      return undefined;
    }
    const min = limits.min ?? 0;
    if (value.length < min) {
      this.add(path, "BASE_TYPE_BAD_LENGTH", `Must be between ${min} and ${limits.max} in length.`);
    } else if (value.length > limits.max) {
      this.add(
        path,
        min > 0 ? "BASE_TYPE_BAD_LENGTH" : "BASE_TYPE_MAX_LENGTH",
        min > 0
          ? `Must be between ${min} and ${limits.max} in length.`
          : `Must be ${limits.max} or fewer in length.`,
      );
    }
    return value;
  }

  /** Checks that a value is one of the allowed enum members. */
  oneOf<T extends number | string>(
    path: FieldPath,
    value: unknown,
    allowed: readonly T[],
    required = false,
  ): T | undefined {
    if (value === undefined || value === null) {
      if (required) this.required(path);
      return undefined;
    }
    if (!allowed.includes(value as T)) {
      this.add(path, "BASE_TYPE_CHOICES", `Value must be one of {${allowed.map(String).join(", ")}}.`);
      return undefined;
    }
    return value as T;
  }
}

/** Narrowing helper for JSON objects. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
