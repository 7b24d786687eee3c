import type { counts as en } from "../counts.js";
import type { Translation } from "../translation.js";

/** Italian replies that count things, with ICU plurals. */
export const counts: Translation<typeof en> = {
  "circle.joined":
    "Ti diamo il benvenuto in “{circle}”: ora conta {size, plural, one {# membro} other {# membri}}.",
  "circle.left":
    "Hai lasciato “{circle}”; {size, plural, =0 {non resta nessuno} one {resta # membro} other {restano # membri}}.",
  "circle.left_mandates":
    "{count, plural, one {Il tuo mandato {ids} è terminato.} other {I tuoi mandati {ids} sono terminati.}}",
  "circle.too_small":
    "“{circle}” ha {size, plural, one {# membro} other {# membri}}: sotto {min} è troppo piccolo per far ruotare bene i ruoli. Invita qualche persona in più.",
  "circle.too_large":
    "“{circle}” ha {size, plural, one {# membro} other {# membri}}: sopra {max} forse è il momento di dividerlo in due cerchi.",
  "circle.list_row": "- {name} ({size, plural, one {# membro} other {# membri}}){purpose}",
  "story.list_row":
    "- #{id} {title}{founding, select, yes { (racconto fondativo)} other {}} · {told, plural, =0 {non ancora raccontato} one {raccontato una volta} other {raccontato # volte}}",
  "story.added":
    "{founding, select, yes {Il racconto #{id} “{title}” è ora il racconto fondativo di “{federation}”.} other {“{federation}” conserva il racconto #{id} “{title}”.}} Raccontalo di nuovo con: /story tell {id} federation:{federation}",
  "poll.opened":
    "La votazione #{id} è aperta fino al {until}; {voters, plural, one {può votare # membro} other {possono votare # membri}}.",
};
