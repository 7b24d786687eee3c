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
      return `“${circle}” has ${size} ${size === 1 ? "member" : "members"}: below ${CIRCLE_MIN} it is too small to rotate roles well. Invite a few more people.`;
    case "too-large":
      return `“${circle}” has ${size} members: above ${CIRCLE_MAX} it may be time to split into two circles.`;
    default:
      return undefined;
  }
}
