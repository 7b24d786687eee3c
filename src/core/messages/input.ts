/** English messages about what people type: refused characters, strict numbers, bounded work and time. */
export const input = {
  "input.unsafe_character":
    "{field}: character {position} is {char}, an invisible or control character. Jura refuses those (and direction overrides) in every field: type it again without.",
  "input.not_a_number":
    "{field}: “{value}” is not a plain number. Write digits only, such as {example} (no letters, hex, exponent, spaces or thousands separators).",
  "input.not_an_amount":
    "“{value}” is not an amount: write a number greater than 0 in plain digits, with at most one decimal point or comma, such as 3, 2.5 or 1200 (no sign, hex or exponent)",
  "input.budget_exceeded":
    "That command needed more than {ms} ms of work, so I stopped it and changed nothing. Try a simpler request: a plainer cadence, a nearer date or fewer items.",
  "input.moment_too_far": "That is more than {years} years away: give a moment before {latest}.",
  "poll.ambiguous_choice":
    "“{choice}” could be option number {choice} (“{byNumber}”) or the option written “{byText}” (number {textNumber}). Say which with #{choice} or #{textNumber}.",
  "shell.line_too_long":
    "That line is {length} characters long; the shell reads at most {max} characters per line, so it was skipped.",
  "shell.advance_too_far":
    "advance moves the clock at most {max, plural, one {# day} other {# days}} at a time; split a longer stretch into several lines.",
  "shell.advance_too_busy":
    "advance stopped at {when}: more than {count, plural, one {# moment} other {# moments}} fell due in that stretch. The clock stays there; advance again to go on.",
  "http.bad_name": "Bad request: a federation name never contains control or invisible characters.",
  "text.empty": "cannot be empty",
  "text.too_long": "is limited to {max} characters",
  "text.unsafe": "contains control or invisible characters",
  "share.invalid": "a share such as 50% or 0.5",
} as const;
