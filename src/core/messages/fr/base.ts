import type { base as en } from "../base.js";
import type { Translation } from "../translation.js";

/** French messages shared by every command: input, arguments, circles, federations, mandates, polls, aid. */
export const base: Translation<typeof en> = {
  "input.empty": "Tapez une commande, par exemple `help`.",
  "input.too_long": "Cette commande fait {length} caractères ; la limite est de {max}.",
  "input.unterminated_quote": "Un guillemet ouvert au caractère {position} n’est jamais refermé.",
  "command.unknown": "Il n’existe pas de commande `{name}`. Essayez `help` pour voir ce qui existe.",
  "command.unknown_sub": "Le groupe `{group}` n’a pas de commande `{name}`. Il a : {subs}.",
  "command.missing_sub": "`{group}` doit être suivi d’une commande : {subs}.",
  "args.invalid": "{problems}\nUsage : {usage}",
  "args.field": "{field} : {problem}",
  "args.too_many": "Trop de valeurs : `{extra}` n’est pas attendu ici.",
  "args.unknown_key": "`{key}:` n’est pas une option de cette commande.",
  "args.duplicate_key": "`{key}:` est donné deux fois.",
  "args.bad_mention": "`@{raw}` ne désigne personne que je sache reconnaître.",
  "person.invalid": "pas une personne (mentionnez-la avec @)",
  "place.invalid": "pas un lieu que je reconnais",
  "name.invalid":
    "un nom compte de 1 à 64 lettres, chiffres, espaces et - _ . ' & (sans caractère de contrôle ni invisible)",
  "timezone.invalid": "fuseau horaire inconnu (utilisez un nom IANA comme Europe/Paris)",
  "time.invalid":
    "ni une date ni une durée (utilisez 2027-03-18, 2027-03-18T18:00, ou une durée comme 2h, 90d, 12w, 6mo, 1y)",
  "time.past": "Cette date est déjà passée : {when}.",
  "circle.not_found": "Il n’y a pas de cercle nommé « {name} ».",
  "circle.no_home_here":
    'Ce lieu n’est le foyer d’aucun cercle. Nommez le cercle, par exemple circle:"Green Valley".',
  "circle.exists": "Un cercle nommé « {name} » existe déjà.",
  "circle.place_taken": "Ce lieu est déjà le foyer du cercle « {name} ». Donnez-en un autre avec place:…",
  "circle.not_member": "Seuls les membres de « {circle} » peuvent faire cela, et vous n’en êtes pas.",
  "circle.already_member": "Vous êtes déjà membre de « {circle} ».",
  "circle.person_already_member": "{person} est déjà membre de « {circle} ».",
  "circle.closed": "« {circle} » n’est ouvert que sur invitation. Demandez à un membre de vous inviter.",
  "circle.nothing_to_change":
    "Rien à changer : donnez purpose:…, tz:…, place:…, open:yes/no, recall_quorum:…, recall_threshold:…, decide_by:…, window:… ou quiet:…",
  "federation.not_found": "Il n’y a pas de fédération nommée « {name} ».",
  "federation.exists": "Une fédération nommée « {name} » existe déjà.",
  "federation.already_in": "« {circle} » fait déjà partie de la fédération « {federation} ».",
  "federation.not_in": "« {circle} » ne fait pas partie de la fédération « {federation} ».",
  "mandate.not_member":
    "{person} n’est pas membre de « {circle} » ; un cercle ne peut mandater que ses propres membres.",
  "mandate.not_found": "Il n’y a pas de mandat actif #{id}.",
  "mandate.not_yours":
    "Le mandat #{id} est détenu par {person} ; seule cette personne peut le rendre (« {circle} » peut le révoquer).",
  "mandate.too_long": "un mandat dure au plus {days} jours ; renouvelez-le à son terme",
  "mandate.bad_order": "Un mandat doit se terminer après avoir commencé.",
  "federation.not_member": "Seuls les membres d’un cercle de « {federation} » peuvent faire cela.",
  "rotation.not_found": "« {name} » n’a pas de rotation « {role} ». Rotations existantes : {known}.",
  "rotation.exists": "« {name} » a déjà une rotation « {role} ». Modifiez-la avec /rotation edit.",
  "rotation.bad_cadence": "every: {problem}",
  "rotation.no_occurrence": "Ce rythme ne tombe jamais après {when}.",
  "rotation.no_upcoming": "{person} n’a aucun tour de « {role} » dans les {count} prochains tours.",
  "rotation.not_holder": "Seule la personne qui prend ou qui quitte « {role} » peut confirmer la passation.",
  "rotation.nothing_to_confirm": "Aucune passation de « {role} » n’attend de confirmation.",
  "rotation.not_circle_rotation":
    "« {role} » est une rotation de fédération : nommez la personne du cercle qui l’assure.",
  "rotation.not_federation_rotation": "« {role} » tourne entre des personnes ; il n’y a personne à nommer.",
  "rotation.not_holding_circle":
    "« {circle} » n’assure « {role} » ni maintenant ni au prochain tour ; c’est {holder}.",
  "rotation.nothing_to_change": "Rien à changer : donnez every:…, lead:… ou checklist:…",
  "spokesperson.none": "Personne n’est encore porte-parole de {where} pour « {domain} ».",
  "poll.not_found": "Il n’y a pas de vote #{id}.",
  "poll.closed": "Le vote #{id} est déjà clos.",
  "poll.no_vote": "Vous n’avez pas de voix{choice} à retirer dans le vote #{id}.",
  "poll.not_eligible":
    "Votre voix n’a pas été comptée : le vote #{id} est réservé aux personnes membres de « {circle} » à son ouverture, et vous n’en étiez pas.",
  "poll.bad_choice": "« {choice} » n’est pas une option du vote #{id}. Options : {options}.",
  "poll.not_opener":
    "Seule la personne qui a ouvert le vote #{id}, {person}, peut le clore avant terme ; les votes de révocation vont jusqu’à leur fin.",
  "recall.no_mandate": "{person} ne détient aucun mandat actif{where}.",
  "aid.no_federation":
    "« {circle} » ne fait pas encore partie d’une fédération ; l’entraide passe par une fédération (/federation join <nom>).",
  "aid.request_not_found": "Il n’y a pas de demande d’aide #{id}.",
  "aid.request_ended":
    "La demande d’aide #{id} est {status} ; elle n’accepte plus d’offres ni de changements.",
  "aid.own_request": "La demande #{id} est celle de « {circle} » ; les offres viennent des autres cercles.",
  "aid.offer_not_found": "Il n’y a pas d’offre #{id}.",
  "aid.offer_state": "L’offre #{id} est {status}, elle ne peut donc pas être {action}.",
  "aid.offer_not_request":
    "L’offre #{id} répond à un retour d’expérience, pas à une demande : il n’y a rien à accepter.",
  "reflection.not_found": "Il n’y a pas de retour d’expérience #{id}.",
  "reflection.resolved": "Le retour d’expérience #{id} est déjà résolu.",
  "reflection.affirmed":
    "Vous avez déjà soutenu le retour d’expérience #{id} ; chaque personne compte une fois.",
  "reflection.needs": "dites ce qui aiderait : matériel, conseil et/ou soutien, séparés par |",
  "recall.which": "{person} détient plusieurs mandats : {list}. Précisez lequel avec mandate:<numéro>.",
  "recall.open": "Un vote de révocation sur le mandat #{mandate} est déjà ouvert : vote #{poll}.",
  "internal.apology":
    "Désolé, quelque chose s’est mal passé de mon côté (référence {ref}). Rien n’a été modifié.",
};
