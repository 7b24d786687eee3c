import type { replies as en } from "../replies.js";
import type { Translation } from "../translation.js";

export const replies: Translation<typeof en> = {
  "circle.size_small":
    "« {circle} » compte {count, plural, one {# membre} other {# membres}} : en dessous de {min}, c’est trop peu pour bien faire tourner les rôles. Invitez quelques personnes de plus.",
  "circle.size_large":
    "« {circle} » compte {count} membres : au-delà de {max}, il est peut-être temps de se diviser en deux cercles.",
  "circle.welcome":
    "Bienvenue dans « {circle} » : {count, plural, one {# membre} other {# membres}} désormais.",
  "circle.left":
    "Vous avez quitté « {circle} » ; {count, plural, one {il reste # membre} other {il reste # membres}}.",
  "circle.left_mandates":
    "{count, plural, one {Votre mandat {ids} a pris fin.} other {Vos mandats {ids} ont pris fin.}}",
  "aid.offer_accepted_notice":
    "« {circle} » a accepté votre offre #{offer} ({what}). Dites quand c’est fait : /aid fulfilled {offer}.",
  "aid.offer_accepted": "L’offre #{offer} est acceptée pour la demande #{request}.",
  "aid.request_closed_notice": "« {circle} » a clos la demande #{request} ({what}).",
  "aid.request_closed": "La demande #{request} est close.",
  "aid.none_yet": "Aucune demande d’aide pour l’instant.",
  "aid.none_open": "Aucune demande d’aide ouverte.",
  "poll.published_title": "Sondage #{id} de « {circle} » : {question}",
  "poll.new_notice": "« {circle} » a un nouveau sondage, #{id} : {question} (/poll show {id}).",
  "poll.open_until":
    "Le sondage #{id} est ouvert jusqu’au {closes} ; {count, plural, one {# membre peut voter} other {# membres peuvent voter}}.",
  "poll.vote_how": "Votez avec : /poll vote {id} <numéro ou option>, jusqu’au {until}.",
  "poll.rules": "Quorum {quorum} % ; une option doit recueillir plus de {threshold} % des voix.",
  "poll.too_long": "un sondage dure au plus {days} jours",
  "recall.poll_title":
    "Sondage de révocation #{id} : « {circle} » doit-il révoquer {person} du mandat #{mandate} ({scope}) ? Répondez recall ou keep.",
  "recall.federation_notice":
    "« {circle} » vote sur la révocation de son délégué {person} (mandat #{mandate}) jusqu’au {closes}.",
  "mandate.none_in":
    "{all, select, yes {Aucun mandat dans « {scope} ».} other {Aucun mandat en cours dans « {scope} ».}}",
  "mandate.list_title": "Mandats dans « {scope} » ({count}) :",
  "convergence.rsvp_noted":
    "C’est noté : {answer, select, yes {vous venez} maybe {peut-être} other {vous ne venez pas}} pour « {title} ». Pour l’instant {yes} viennent, {maybe} peut-être, {no} ne viennent pas.",
};
