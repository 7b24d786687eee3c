import type { z } from "zod";
import type { AnyCommandSpec } from "./spec.js";

export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** `/circle create <name> [purpose:…] [tz:…]`, derived from the spec so it never drifts. */
export function usageLine(spec: AnyCommandSpec): string {
  const shape = spec.args.shape as Record<string, z.ZodType>;
  const parts = [spec.name ? `/${spec.group} ${spec.name}` : `/${spec.group}`];
  for (const name of spec.positional) {
    const field = shape[name];
    const label = spec.rest && name === spec.positional.at(-1) ? `${name}…` : name;
    parts.push(field && isOptional(field) ? `[${label}]` : `<${label}>`);
  }
  for (const [name, field] of Object.entries(shape)) {
    if (spec.positional.includes(name)) continue;
    parts.push(isOptional(field) ? `[${name}:…]` : `${name}:…`);
  }
  return parts.join(" ");
}
