/** English replies that count things, said with ICU plurals (one member, 2 members; told once). */
export const counts = {
  "circle.joined": "Welcome to “{circle}”: {size, plural, one {# member} other {# members}} now.",
  "circle.left":
    "You left “{circle}”; {size, plural, =0 {nobody remains} one {# member remains} other {# members remain}}.",
  "circle.left_mandates":
    "{count, plural, one {Your mandate {ids} ended.} other {Your mandates {ids} ended.}}",
  "circle.too_small":
    "“{circle}” has {size, plural, one {# member} other {# members}}: below {min} it is too small to rotate roles well. Invite a few more people.",
  "circle.too_large":
    "“{circle}” has {size, plural, one {# member} other {# members}}: above {max} it may be time to split into two circles.",
  "circle.list_row": "- {name} ({size, plural, one {# member} other {# members}}){purpose}",
  "story.list_row":
    "- #{id} {title}{founding, select, yes { (founding story)} other {}} · {told, plural, =0 {not told yet} one {told once} other {told # times}}",
  "story.added":
    "{founding, select, yes {Story #{id} “{title}” is now the founding story of “{federation}”.} other {“{federation}” keeps story #{id} “{title}”.}} Retell it with: /story tell {id} federation:{federation}",
  "poll.opened":
    "Poll #{id} is open until {until}; {voters, plural, one {# member} other {# members}} may vote.",
} as const;
