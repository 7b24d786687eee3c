import type { platforms as en } from "../platforms.js";
import type { Translation } from "../translation.js";

/** French messages of the chat platforms' own rules: Matrix rooms and power levels, Discord roles. */
export const platforms: Translation<typeof en> = {
  "matrix.place_other_platform":
    "{place} est un lieu d’une autre plateforme : depuis Matrix, nommez un salon Matrix (#alias:serveur, !id:serveur ou un lien matrix.to).",
  "matrix.room_not_joined": "Je ne suis pas dans le salon {room} : invitez-moi d’abord, puis réessayez.",
  "matrix.admin_power":
    "{here, select, yes {Ce salon} other {Le salon {room}}} demande le niveau de pouvoir {needed} pour les commandes d’administration de Jura (org.jura.admin dans ses niveaux de pouvoir) ; vous avez {has}{here, select, yes {} other { là-bas}}.",
  "discord.stale_component": "Ceci ne fait plus rien : utilisez les commandes slash de Jura.",
  "discord.proposal_button":
    "{answer, select, agree {D’accord} abstain {Abstention} object {Objection} block {Blocage} other {{answer}}}",
  "discord.proposal_why_title": "{answer, select, block {Bloquer} other {Objecter à}} la proposition #{id}",
  "discord.proposal_why_label": "Pourquoi ?",
  "discord.proposal_why_description":
    "{answer, select, block {Un blocage arrête la proposition tant qu’il est maintenu.} other {Une objection transforme la décision en vote.}} Les autres lisent votre raison.",
  "discord.proposal_why_missing":
    "Votre réponse n’a pas été enregistrée : le formulaire est revenu sans raison. Utilisez à nouveau le bouton, ou /proposal {answer} {id} <pourquoi>.",
  "discord.role_sync_problem": "Une décision a changé qui détient un mandat ici, mais {problem}",
  "matrix.proposal_react":
    "Vous pouvez aussi réagir à ce message : 👍 pour être d’accord, 🤷 pour s’abstenir. Une objection demande sa raison en mots : !jura proposal object {id} <pourquoi>.",
  "matrix.proposal_object_how":
    "Une objection demande une raison à laquelle les autres peuvent répondre : dites !jura proposal object {id} <pourquoi> (ou !jura proposal block {id} <pourquoi> pour la bloquer).",
  "matrix.secret_poll_how":
    "Bulletin secret : ne votez pas dans ce salon, où chacun·e voit chaque vote. Votez dans une conversation directe avec moi ({bot}) : !jura poll vote {id} <numéro>, jusqu’au {until}. Votre vote n’est confirmé qu’à vous ; seuls les totaux sont affichés, une fois le vote clos.",
  "matrix.secret_poll_response":
    "Le vote #{id} est à bulletin secret : une réponse de sondage est un événement du salon que tout le monde peut lire, elle n’a donc pas été comptée. Votez dans une conversation directe avec moi : !jura poll vote {id} <numéro>.",
  "matrix.private_elsewhere":
    "Cette réponse est pour vous seul·e, et ce salon n’est pas privé : redemandez dans une conversation directe avec moi.",
  "matrix.space_joined": "Le salon de « {circle} » est maintenant dans l’espace de « {federation} » : {link}",
  "matrix.space_left": "Le salon de « {circle} » a quitté l’espace de « {federation} ».",
  "matrix.space_failed":
    "(L’espace Matrix n’a pas pu être mis à jour : {why}. Essayez !jura space sync {federation}.)",
};
