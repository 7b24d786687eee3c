/** English messages of the mutual-aid digest (core/aid-digest.ts). */
export const digestTexts = {
  "digest.header": "Mutual aid in “{federation}”, {days, plural, =7 {week} other {# days}} to {date}:",
  "digest.open_requests": "Open requests ({count}):",
  "digest.own_requests": "Requests of “{circle}” ({count}):",
  "digest.answerable": "Requests “{circle}” could answer ({count}):",
  "digest.reflections": "Reflections awaiting answers ({count}):",
  "digest.footer":
    "Offer with /aid offer <request> <what>; answer a reflection with /reflect advise or /reflect affirm.",
} as const;
