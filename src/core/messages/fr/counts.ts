import type { counts as en } from "../counts.js";
import type { Translation } from "../translation.js";

/** French replies that count things, with ICU plurals (in French, 0 and 1 take the singular). */
export const counts: Translation<typeof en> = {
  "circle.joined":
    "Bienvenue dans « {circle} » : {size, plural, one {# membre} other {# membres}} désormais.",
  "circle.left":
    "Vous avez quitté « {circle} » ; {size, plural, =0 {plus personne n’y reste} one {il reste # membre} other {il reste # membres}}.",
  "circle.left_mandates":
    "{count, plural, one {Votre mandat {ids} a pris fin.} other {Vos mandats {ids} ont pris fin.}}",
  "circle.too_small":
    "« {circle} » compte {size, plural, one {# membre} other {# membres}} : en dessous de {min}, il est trop petit pour bien faire tourner les rôles. Invitez quelques personnes de plus.",
  "circle.too_large":
    "« {circle} » compte {size, plural, one {# membre} other {# membres}} : au-delà de {max}, il est peut-être temps de le diviser en deux cercles.",
  "circle.list_row": "- {name} ({size, plural, one {# membre} other {# membres}}){purpose}",
  "story.list_row":
    "- #{id} {title}{founding, select, yes { (récit fondateur)} other {}} · {told, plural, =0 {pas encore raconté} one {raconté une fois} other {raconté # fois}}",
  "story.added":
    "{founding, select, yes {Le récit #{id} « {title} » est désormais le récit fondateur de « {federation} ».} other {« {federation} » garde le récit #{id} « {title} ».}} Pour le raconter : /story tell {id} federation:{federation}",
  "poll.opened":
    "Le vote #{id} est ouvert jusqu’au {until} ; {voters, plural, one {# membre peut} other {# membres peuvent}} voter.",
};
