import type { governance as en } from "../governance.js";
import type { Translation } from "../translation.js";

/** French messages of circle and federation decisions: policies, proposals, recall bounds, consent of the people named. */
export const governance: Translation<typeof en> = {
  "policy.member": "Seuls les membres de « {circle} » peuvent faire cela, et vous n’en êtes pas.",
  "policy.federation_member": "Seuls les membres d’un cercle de « {federation} » peuvent faire cela.",
  "policy.person": "Seule la personne concernée peut faire cela.",
  "policy.wrong_decision":
    "Cette décision n’a pas été prise par « {circle} », qui ne peut donc pas l’appliquer.",

  "proposal.opened":
    "Proposition #{id} de « {circle} », par {proposer} : {title}{reason, select, none {} other {\nPourquoi : {reason}}}\n{rule}{concerned, select, none {} other {\nElle requiert aussi l’accord de {concerned}, qui y est nommé·e.}}\nRépondez avec /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <pourquoi> · /proposal block {id} <pourquoi>",
  "proposal.opened_federation":
    "Proposition de fédération #{id} de « {federation} », par {proposer} de « {circle} » : {title}{reason, select, none {} other {\nPourquoi : {reason}}}\nChaque cercle a une voix : sa personne déléguée répond, ou le cercle décide avec /proposal agree {id} circle:<cercle>. Elle est adoptée le {closes} si au moins un cercle est d’accord et qu’aucun cercle ne s’y oppose ; une objection la transforme en vote des cercles.\nRépondez avec /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <pourquoi> · /proposal block {id} <pourquoi>",
  "proposal.asked":
    "{person}, {proposer} demande votre accord (proposition #{id}) : {title}\nElle ne prend effet que si vous acceptez : /proposal agree {id}, ou refusez avec /proposal object {id}, jusqu’au {closes}.",
  "proposal.rule_consent":
    "« {circle} » décide par consentement jusqu’au {closes} : la proposition est adoptée si un autre membre est d’accord et que personne ne s’y oppose ; une objection la transforme en vote.",
  "proposal.rule_majority":
    "« {circle} » décide à la majorité : un vote jusqu’au {closes} ; la proposition est adoptée si au moins la moitié des membres répondent et si plus de la moitié des réponses sont favorables.",
  "proposal.posted_here":
    "La proposition #{id} est ouverte : {title}. Elle est publiée ci-dessous pour celles et ceux qui en décident.",
  "proposal.not_found": "Il n’y a pas de proposition #{id}.",
  "proposal.closed": "La proposition #{id} est déjà {status}.",
  "proposal.no_voice":
    "Vous n’avez pas voix dans la proposition #{id} : elle est décidée par les personnes membres de « {circle} » à son ouverture (ou par la personne à qui elle s’adresse), et un membre concerné par une décision ne la décide pas.",
  "proposal.answer_title":
    "répondre {answer} à la proposition de fédération #{id} de « {federation} » : {title}",
  "proposal.not_delegate_circle": "« {circle} » n’a pas voix dans la proposition de fédération #{id}.",
  "proposal.which_circle":
    "Vous faites partie de plusieurs cercles de « {federation} » : {circles}. Précisez lequel répond avec circle:<nom>.",
  "proposal.reason_needed":
    "Dites pourquoi : une objection ou un blocage demande une raison à laquelle les autres peuvent répondre.",
  "proposal.answered":
    "Votre réponse à la proposition #{id} est enregistrée : {answer}. Vous pouvez la changer jusqu’à sa clôture.",
  "proposal.answered_for":
    "« {circle} » répond à la proposition de fédération #{id} : {answer} (donné par {person} au titre du mandat #{mandate}).",
  "proposal.answered_by_decision": "« {circle} » répond à la proposition de fédération #{id} : {answer}.",
  "proposal.not_opener": "Seule la personne qui a fait la proposition #{id}, {person}, peut la retirer.",
  "proposal.withdrawn": "La proposition #{id} est retirée par {person} : {title}",
  "proposal.to_vote":
    "La proposition #{id} de « {scope} » a rencontré des objections :\n{objections}\nElle passe au vote jusqu’au {closes} : répondez /proposal agree {id} ou /proposal object {id} <pourquoi>.",
  "proposal.passed": "La proposition #{id} de « {scope} » est adoptée ({tally}) : {title}",
  "proposal.passed_effect": "La proposition #{id} de « {scope} » est adoptée ({tally}).\n{effect}",
  "proposal.failed":
    "La proposition #{id} de « {scope} » est adoptée ({tally}), mais n’a pas pu être appliquée : {problem}",
  "proposal.rejected_declined": "La proposition #{id} est refusée par {person} : {title}",
  "proposal.rejected_vote":
    "La proposition #{id} de « {scope} » n’a pas été adoptée au vote ({tally}) : {title}",
  "proposal.rejected_quorum":
    "La proposition #{id} de « {scope} » n’est pas adoptée : moins de la moitié des voix ont répondu ({tally}) : {title}",
  "proposal.blocked": "La proposition #{id} de « {scope} » est bloquée ({tally}) :\n{objections}\n{title}",
  "proposal.lapsed_support":
    "La proposition #{id} de « {scope} » est caduque : personne d’autre que l’auteur·ice n’a donné son accord ({tally}) : {title}",
  "proposal.lapsed_acceptance":
    "La proposition #{id} est caduque : {person} ne l’a pas acceptée à temps : {title}",
  "proposal.reminder":
    "La proposition #{id} de « {scope} » se clôt {closes} : {title}\nPas encore de réponse : {silent}. Répondez avec /proposal agree {id}, abstain, object ou block.",
  "proposal.tally":
    "{agree} pour, {abstain, plural, one {# abstention} other {# abstentions}}, {object, plural, one {# objection} other {# objections}}, {block, plural, one {# blocage} other {# blocages}}, {silent} sans réponse",
  "proposal.objection": "- {voice} {answer, select, block {bloque} other {objecte}} : {reason}",
  "proposal.none": "Aucune proposition ouverte.",
  "proposal.none_all": "Aucune proposition pour l’instant.",
  "proposal.list_title": "Propositions ({count}) :",
  "proposal.list_row": "- #{id} « {scope} » : {title} ({state})",
  "proposal.state_open": "ouverte jusqu’au {closes}",
  "proposal.state_vote": "au vote jusqu’au {closes}",
  "proposal.show":
    "Proposition #{id} de « {scope} », par {proposer} ({state}) : {title}{reason, select, none {} other {\nPourquoi : {reason}}}\n{tally}{answers, select, none {} other {\n{answers}}}",
  "proposal.answer_row": "- {voice} : {answer}{reason, select, none {} other { — {reason}}}",
  "proposal.plain_title": "{text}",

  "decision.by_circle":
    "comme l’a décidé « {circle} » (proposition #{id} : {agree} pour, {object, plural, one {# objection} other {# objections}})",
  "decision.by_federation":
    "comme l’a décidé la fédération « {federation} » (proposition #{id} : {agree, plural, one {# cercle} other {# cercles}} pour, {object, plural, one {# objection} other {# objections}})",
  "decision.by_person": "avec l’accord de {person} (proposition #{id})",

  "recall.self":
    "Vous ne pouvez pas lancer la révocation de votre propre mandat ; votre cercle le peut, à tout moment.",
  "recall.too_long": "un vote de révocation se clôt en {days} jours au plus",
  "recall.bounds":
    "les règles de révocation peuvent la rendre plus facile, jamais plus difficile : un quorum de 50 % au plus, et une révocation acquise à plus de la moitié des voix exprimées ou moins",
  "circle.born":
    "Le cercle « {circle} » est né, avec son foyer ici. Il est ouvert sur invitation : invitez des personnes avec /circle invite @quelqu’un, et elles le rejoignent avec /circle join {circle}.",
  "circle.born_open":
    "Le cercle « {circle} » est né, avec son foyer ici. Tout le monde peut le rejoindre avec : /circle join {circle}",
  "circle.updated": "« {circle} » modifié, {decision} : {changes}.",
  "circle.setting_purpose": "raison d’être « {value} »",
  "circle.setting_timezone": "fuseau horaire {value}",
  "circle.setting_home": "foyer {value}",
  "circle.setting_open": "{value, select, yes {ouvert à tout le monde} other {ouvert sur invitation}}",
  "circle.setting_recall_quorum": "quorum de révocation {value} %",
  "circle.setting_recall_threshold": "une révocation demande plus de {value} % des voix",
  "circle.setting_rule": "décide {value, select, majority {à la majorité} other {par consentement}}",
  "circle.setting_window": "délai de décision {value}",
  "federation.joined":
    "Le cercle « {circle} » ({size, plural, one {# membre} other {# membres}}) a rejoint la fédération « {federation} », {decision}.",
  "federation.joined_reply":
    "« {circle} » fait désormais partie de « {federation} », {decision}. La fédération a été prévenue.",
  "federation.left": "Le cercle « {circle} » a quitté la fédération « {federation} », {decision}.",
  "federation.left_reply":
    "« {circle} » a quitté « {federation} », {decision}. La fédération a été prévenue.",
  "federation.updated": "« {federation} » modifiée, {decision} : {changes}.",
  "federation.setting_window": "délai de décision {value}",
  "federation.setting_mandate": "les mandats durent au plus {value} jours",
  "federation.setting_digest": "un récapitulatif d’entraide tous les {value} jours",
  "federation.nothing_to_change": "Rien à changer : donnez window:…, mandate_max:… ou digest:…",
  "mandate.granted": "Mandat {mandate}, {decision}. Le cercle peut le révoquer à tout moment.",
  "mandate.granted_federation":
    "Nouvelle personne déléguée : mandat {mandate}, {decision}. Le cercle peut le révoquer à tout moment.",
  "mandate.renewed": "Renouvelé : mandat {mandate}, {decision}.",
  "decision.by_creator": "par le cercle qui l’a programmée",
  "convergence.cancelled": "La convergence #{id} « {title} » est annulée, {decision}.",
  "convergence.cancelled_reply":
    "La convergence #{id} « {title} » est annulée, {decision} ; la fédération est prévenue.",
  "story.founding_set":
    "Le récit #{id} « {title} » est désormais le récit fondateur de « {federation} », {decision}.",
  "story.not_found": "« {federation} » n’a pas de récit #{id}.",
  "decision.self": "par la personne concernée",
  "rotation.swapped":
    "Échange fait, {decision} : {other} prend le tour {mine} ({mineAt}), {me} prend le tour {theirs} ({theirsAt}).",
  "rotation.named":
    "« {circle} » nomme {person} pour le rôle {role} de « {federation} » au tour {term}, {decision}.",
  "spokesperson.named":
    "{person} est porte-parole de « {circle} » pour {domain}, et seulement pour {domain}, {decision}.",
  "poll.secret_in_public":
    "Le vote #{id} est à bulletin secret : votez là où personne d’autre ne le voit — en message direct avec moi sur Matrix, ou avec la commande slash poll vote de Discord. Ce vote n’a pas été compté.",
  "poll.secret_counted":
    "Votre bulletin secret pour le vote #{id} est compté ; vous seul·e voyez ce message. Vous pouvez le changer jusqu’au {until}.",
  "poll.secret_running":
    "Bulletin secret : {voters, plural, one {# membre peut} other {# membres peuvent}} voter ; les résultats sont affichés à la clôture.",
  "poll.secret_how":
    "Bulletin secret : votez là où personne d’autre ne le voit, jusqu’au {until} — en message direct avec moi : /poll vote {id} <numéro>, ou avec la commande slash /poll vote. Seuls les totaux sont affichés, une fois le vote clos.",
  "recall.opened":
    "Le vote de révocation #{id} concernant {person} est ouvert jusqu’au {closes} : la révocation est acquise si au moins {quorum} % du cercle vote et si plus de {threshold} % des voix exprimées sont pour.",
  "help.policy.anyone": "Tout le monde peut la lancer.",
  "help.policy.member": "Les membres du cercle peuvent la lancer.",
  "help.policy.federation-member": "Les membres des cercles de la fédération peuvent la lancer.",
  "help.policy.circle-decision":
    "Le cercle décide : la commande d’un membre ouvre une proposition, qui prend effet une fois adoptée.",
  "help.policy.federation-decision":
    "La fédération décide, une voix par cercle : la commande d’un membre ouvre une proposition de fédération.",
  "help.policy.creator-circle":
    "Le cercle qui l’a créée peut la modifier ; un autre cercle de la fédération ouvre une proposition de fédération.",
  "help.policy.person-concerned": "Seule la personne concernée peut la lancer.",
  "help.policy.acceptance": "Un membre demande, et cela prend effet quand la personne nommée accepte.",
  "help.policy_circle": "Pour un cercle : {text}",
  "help.policy_federation": "Pour une fédération : {text}",
  "rotation.created":
    "Rotation « {role} » de « {name} » mise en place{decision, select, none {} other {, {decision}}} : {holder} l’assure dès maintenant (tour 1). Les prochaines passations :",
  "rotation.created_nobody":
    "Rotation « {role} » de « {name} » mise en place{decision, select, none {} other {, {decision}}} : personne n’est encore disponible pour l’assurer. Les prochaines passations :",
  "rotation.first_circle":
    'Votre cercle assure {role} de « {federation} » dès maintenant (tour 1). Nommez votre personne avec : /rotation name {rotation} @personne federation:"{federation}"',
  "convergence.no_more": "La convergence #{id} n’a plus de date à laquelle répondre.",
  "circle.setting_quiet":
    "{value, select, none {chaque annonce de la fédération arrive dans son salon} other {tient hors de son salon : {value}}}",
  "circle.quiet_kinds":
    "donnez une partie de convergences, calendar, digest, séparés par des virgules (ou none)",
  "circle.remove_self": "Vous ne pouvez pas vous retirer par décision ; partez avec /circle leave.",
  "circle.not_a_member": "{person} n’est pas membre de « {circle} ».",
  "circle.removed": "{person} n’est plus membre de « {circle} », {decision}.",
  "circle.removed_mandates": "Ses mandats {ids} ont pris fin.",
  "circle.window": "un délai de décision entre 12h et 14d, comme 48h ou 3d",
  "mandate.too_long_federation":
    "un mandat de « {federation} » dure au plus {days} jours ; renouvelez-le à son terme",
  "spokesperson.replaced":
    "{previous} n’est plus porte-parole de « {circle} » pour {domain} : c’est désormais {person}, et seulement pour {domain}, {decision}.",
  "story.founding_exists":
    "« {federation} » a déjà un récit fondateur (#{id}). Pour faire de celui-ci le récit fondateur, ajoutez-le puis proposez /story founding <id>.",
};
