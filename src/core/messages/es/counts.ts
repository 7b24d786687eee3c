import type { counts as en } from "../counts.js";
import type { Translation } from "../translation.js";

/** Spanish replies that count things, with ICU plurals. */
export const counts: Translation<typeof en> = {
  "circle.joined":
    "Te damos la bienvenida a “{circle}”: ahora tiene {size, plural, one {# miembro} other {# miembros}}.",
  "circle.left":
    "Has salido de “{circle}”; {size, plural, =0 {no queda nadie} one {queda # miembro} other {quedan # miembros}}.",
  "circle.left_mandates":
    "{count, plural, one {Tu mandato {ids} ha terminado.} other {Tus mandatos {ids} han terminado.}}",
  "circle.too_small":
    "“{circle}” tiene {size, plural, one {# miembro} other {# miembros}}: por debajo de {min} es demasiado pequeño para rotar bien los roles. Invita a algunas personas más.",
  "circle.too_large":
    "“{circle}” tiene {size, plural, one {# miembro} other {# miembros}}: por encima de {max} quizá sea hora de dividirlo en dos círculos.",
  "circle.list_row": "- {name} ({size, plural, one {# miembro} other {# miembros}}){purpose}",
  "story.list_row":
    "- #{id} {title}{founding, select, yes { (relato fundacional)} other {}} · {told, plural, =0 {aún no contado} one {contado una vez} other {contado # veces}}",
  "story.added":
    "{founding, select, yes {El relato #{id} “{title}” es ahora el relato fundacional de “{federation}”.} other {“{federation}” guarda el relato #{id} “{title}”.}} Vuelve a contarlo con: /story tell {id} federation:{federation}",
  "poll.opened":
    "La votación #{id} está abierta hasta el {until}; {voters, plural, one {puede votar # miembro} other {pueden votar # miembros}}.",
};
