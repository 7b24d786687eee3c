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
    "Votre code de liaison : {code}. D’ici {minutes} minutes, depuis votre compte sur l’autre plateforme, saisissez-le : sur Discord /me link code:{code}, sur Matrix !jura me link {code}. Il ne sert qu’une fois ; vous seul·e le voyez ici.",
  "people.link_status":
    "{accounts} sont une seule personne. Pour les séparer, dites me unlink depuis le compte lié : les adhésions, votes et mandats restent à {person}.",
  "people.link_bad_code":
    "Ce code n’est pas valide : il est erroné, déjà utilisé ou expiré. {left, plural, =0 {Plus aucun essai depuis ce compte pendant une heure.} one {Encore # essai cette heure-ci.} other {Encore # essais cette heure-ci.}}",
  "people.link_too_many": "Trop de codes erronés depuis ce compte : réessayez dans une heure.",
  "people.link_same_account":
    "C’est le compte qui a demandé le code : saisissez-le depuis votre autre compte.",
  "people.link_same_platform":
    "Les deux comptes sont {platform, select, discord {sur Discord} matrix {sur Matrix} other {dans le shell}} : une personne relie un compte Matrix et un compte Discord.",
  "people.link_taken":
    "{account} ne fait déjà qu’une personne avec {other} : séparez-les d’abord avec me unlink.",
  "people.link_same_circle":
    "Les deux comptes sont membres de {circles} : une personne est un seul membre, donc l’un des comptes doit d’abord quitter le cercle (circle leave) ; reliez-les ensuite.",
  "people.link_conflict":
    "Les deux comptes ont une place dans {what, select, poll_voter {le même vote} proposal_voice {la même proposition} convergence_rsvp {la même convergence} mandate {le même mandat} spokesperson {le même rôle de porte-parole} other {le même enregistrement ({what})}} : Jura ne devine pas lequel reste. Reliez-les une fois que c’est terminé.",
  "people.linked":
    "Liés : {account} et {person} sont désormais une seule personne. Ce qu’est ce compte (adhésions, votes, mandats, tours, RSVP, réponses) est à cette personne ; ce qu’il a fait reste au registre tel quel.",
  "people.not_linked": "Ce compte n’est lié à aucun autre : me link le relie.",
  "people.unlink_person":
    "C’est le compte propre de la personne : dites me unlink depuis le compte qui lui a été lié ({accounts}).",
  "people.unlinked":
    "{account} est de nouveau un compte à part. Les adhésions, votes et mandats restent à {person} ; le registre garde ce que chaque compte a fait, et quand.",
  "record.action.me.link": "{actor} et {person} sont devenus une seule personne (me link).",
  "record.action.me.unlink": "{actor} et {person} sont de nouveau des comptes séparés (me unlink).",
};
