import { t } from "./i18n.js";
/** Circles work best at 5-15 people: smaller cannot rotate roles, larger stops being a circle. */
export const CIRCLE_MIN = 5;
export const CIRCLE_MAX = 15;

export type SizeAdvice = "too-small" | "too-large" | undefined;

export function sizeAdvice(size: number): SizeAdvice {
  if (size < CIRCLE_MIN) return "too-small";
  if (size > CIRCLE_MAX) return "too-large";
  return undefined;
}

export function sizeAdviceText(circle: string, size: number): string | undefined {
  switch (sizeAdvice(size)) {
    case "too-small":
      return t("circle.too_small", { circle, size, min: CIRCLE_MIN });
    case "too-large":
      return t("circle.too_large", { circle, size, max: CIRCLE_MAX });
    default:
      return undefined;
  }
}

/**
 * The size advice worth saying after a join or a leave: only when the circle crosses a
 * threshold (it grows past 15, or drops below 5), not again on every join while it stays there.
 */
export function sizeCrossingText(circle: string, before: number, after: number): string | undefined {
  const was = sizeAdvice(before);
  const now = sizeAdvice(after);
  return now !== undefined && now !== was ? sizeAdviceText(circle, after) : undefined;
}
