import type { people as en } from "../people.js";
import type { Translation } from "../translation.js";

/**
 * French messages of people across platforms. A person of another platform is shown as English
 * shows them (`Bob (Discord)`, `Bob (Discord ~bob2)`): people type that form back, and Jura reads
 * it only with the platform labels Discord, Matrix and shell.
 */
export const people: Translation<typeof en> = {
  "people.platform": "{platform, select, discord {Discord} matrix {Matrix} other {shell}}",
  "people.elsewhere": "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}})",
  "people.elsewhere_handle":
    "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}} ~{handle})",
  "people.unnamed":
    "{platform, select, discord {une personne sur Discord} matrix {une personne sur Matrix} other {quelqu’un dans le shell}}",
  "people.reserved_character":
    "Les caractères « ⟦ » et « ⟧ » sont à Jura (il s’en sert pour marquer les personnes) : écrivez la commande sans eux.",
  "people.ambiguous":
    "Qui voulez-vous dire par « {name} » ? {count, plural, one {# personne correspond} other {# personnes correspondent}} : {candidates}. Désignez-en une par son identifiant, par exemple @~{example}.",
  "people.unknown_name":
    'Je ne connais personne du nom de « {name} ». Désignez une personne comme Jura l’affiche, par exemple @"Bob (Discord)", ou par l’identifiant que Jura lui donne, par exemple @~bob.',
  "people.unknown_handle": "Personne n’a l’identifiant ~{handle}.",
  "people.unknown_number":
    'Ce numéro n’est celui d’aucun membre Discord que Jura connaisse. Désignez un membre Discord comme Jura l’affiche, par exemple @"Bob (Discord)", ou par l’identifiant que Jura lui donne, par exemple @~bob.',
  "people.candidate": "{person} (@~{handle})",
  "people.link_code":
    "Pour que ce compte et votre compte sur une autre plateforme ne fassent qu’une personne, saisissez ce code depuis l’autre compte d’ici {minutes} minutes, là où vous seul·e le voyez : sur Discord, la commande « me link » avec code:{code} ; sur Matrix, dites !jura me link {code} en message direct avec moi. Il ne sert qu’une fois.",
  "people.link_status":
    "{accounts} sont une seule personne. Pour les séparer : me unlink (leurs adhésions, votes et mandats restent à {person}).",
  "people.link_in_private":
    "Un code de liaison se saisit là où vous seul·e le voyez (en message direct avec moi sur Matrix, avec la commande slash me link de Jura sur Discord). Ce code a été vu ici, il est donc annulé : demandez-en un nouveau.",
  "people.link_bad_code":
    "Ce code n’est pas valide : il est erroné, déjà utilisé ou expiré. {left, plural, =0 {Plus aucun essai depuis ce compte pendant une heure.} one {Encore # essai cette heure-ci.} other {Encore # essais cette heure-ci.}}",
  "people.link_too_many": "Trop de codes erronés depuis ce compte : réessayez après {until} (UTC).",
  "people.link_same_account":
    "C’est le compte qui a demandé le code : saisissez-le depuis votre autre compte.",
  "people.link_same_platform":
    "Les deux comptes sont {platform, select, discord {sur Discord} matrix {sur Matrix} other {dans le shell}} : une personne relie des comptes de plateformes différentes.",
  "people.link_taken":
    "{account} ne fait déjà qu’une personne avec {other} : séparez-les d’abord avec me unlink.",
  "people.linked":
    "Liés : {mine} et {other} sont désormais une seule personne, {person}. Leurs adhésions, votes, mandats, réponses aux propositions, réponses aux convergences (RSVP) et tours sont à cette personne ; là où les deux comptes en avaient un (le même cercle, le même vote ou la même proposition), un seul reste : l’adhésion la plus ancienne, le vote, la réponse ou le RSVP le plus récent.{merged, plural, =0 {} one { # doublon a été fusionné.} other { # doublons ont été fusionnés.}}",
  "people.not_linked": "Ce compte n’est lié à aucun autre : me link le relie.",
  "people.unlinked":
    "{account} est de nouveau un compte à part. Les adhésions, votes et mandats restent à {person} ; le registre garde ce que chaque compte a fait, et quand.",
  "record.action.me.link": "{actor} et {person} sont devenus une seule personne (me link).",
  "record.action.me.unlink": "{actor} et {person} sont de nouveau des comptes séparés (me unlink).",
};
