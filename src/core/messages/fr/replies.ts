import type { replies as en } from "../replies.js";
import type { Translation } from "../translation.js";

export const replies: Translation<typeof en> = {
  "aid.offer_accepted_notice":
    "« {circle} » a accepté votre offre #{offer} ({what}). Dites quand c’est fait : /aid fulfilled {offer}.",
  "aid.offer_accepted": "L’offre #{offer} est acceptée pour la demande #{request}.",
  "aid.request_closed_notice": "« {circle} » a clos la demande #{request} ({what}).",
  "aid.request_closed": "La demande #{request} est close.",
  "aid.none_yet": "Aucune demande d’aide pour l’instant.",
  "aid.none_open": "Aucune demande d’aide ouverte.",
  "poll.published_title": "Vote #{id} de « {circle} » : {question}",
  "poll.new_notice": "« {circle} » a un nouveau vote, #{id} : {question} (/poll show {id}).",
  "poll.vote_how": "Votez avec : /poll vote {id} <numéro ou option>, jusqu’au {until}.",
  "poll.rules": "Quorum {quorum} % ; une option doit recueillir plus de {threshold} % des voix.",
  "poll.too_long": "un vote dure au plus {days} jours",
  "recall.poll_title":
    "Vote de révocation #{id} : « {circle} » doit-il révoquer {person} du mandat #{mandate} ({scope}) ? Répondez recall ou keep.",
  "recall.federation_notice":
    "« {circle} » vote sur la révocation de son délégué {person} (mandat #{mandate}) jusqu’au {closes}.",
  "mandate.none_in":
    "{all, select, yes {Aucun mandat dans « {scope} ».} other {Aucun mandat en cours dans « {scope} ».}}",
  "mandate.list_title": "Mandats dans « {scope} » ({count}) :",
  "mandate.line": "#{id} {delegate} pour « {circle} » : {scope} ({span})",
  "mandate.until": "jusqu’au {when}",
  "convergence.rsvp_noted":
    "C’est noté : {answer, select, yes {vous venez} maybe {peut-être} other {vous ne venez pas}} pour « {title} ». Pour l’instant {yes} viennent, {maybe} peut-être, {no} ne viennent pas.",
  "poll.closed_title": "Vote #{id} clos : « {question} »",
  "poll.no_winner": "Aucune option ne l’a emporté.",
  "poll.result": "Résultat : {option}.",
  "recall.the_delegate": "le délégué",
  "recall.passed_notice":
    "« {circle} » a révoqué {person} : le mandat #{mandate} ({scope}) prend fin maintenant et le rôle est libre.",
  "recall.failed_notice":
    "La révocation n’est pas adoptée{quorum, select, missed { (quorum non atteint)} other {}} : le mandat #{mandate} de {person} est maintenu.",
  "poll.turnout":
    "{cast} sur {eligible} ont voté ({turnout} %), quorum {quorum} % {met, select, yes {atteint} other {non atteint}}",
  "handoff.nobody_available":
    "Personne n’est disponible pour être {role} de « {owner} » à partir du {when} (tour {term}). Quelqu’un revient plus tôt ? Dites-le au cercle.",
  "handoff.heads_up":
    "À venir, {name} : vous devenez {role} de « {owner} » le {when} (tour {term}). Impossible ? Dites /rotation skip {rotation}, ou convenez d’un échange.",
  "handoff.heads_up_circle":
    "À venir, {name} : votre cercle tient {what} à partir du {when} (tour {term}). {ask}",
  "handoff.what_spotlight": "le projecteur médiatique de « {owner} »",
  "handoff.what_role": "{role} pour « {owner} »",
  "handoff.ask_spotlight": "Pensez à l’histoire que vous voulez raconter.",
  "handoff.ask_name": 'Nommez votre personne avec : /rotation name {rotation} @personne federation:"{owner}"',
  "handoff.nobody_took_over":
    "Personne n’a pu prendre le relais comme {role} de « {owner} » pour le tour {term}.",
  "handoff.spotlight_turns":
    "Le projecteur médiatique de « {owner} » se tourne maintenant vers {name} (tour {term}) : le cercle qui l’a eu le moins récemment.",
  "handoff.now_holder":
    "{name} est désormais {role} de « {owner} » (tour {term}){from, select, none {} other {, à la suite de {from}}}.",
  "handoff.next": "Ensuite : {name} le {when}.",
  "handoff.reminder": "Rappel : la passation de {role} du tour {term} n’est pas encore confirmée.",
  "handoff.checklist": "Liste de passation : {items}",
  "handoff.confirm": "{who} : confirmez avec /rotation confirm {rotation}{domain} une fois fait.",
  "mandate.renewal_due":
    "Le mandat #{id} de {person} ({scope}) prend fin le {ends}. Renouvelez-le avec : /mandate renew {id} until:90d — ou accordez-en un nouveau, ou laissez-le finir.",
  "mandate.expired_notice":
    "Le mandat #{id} de {person} pour « {circle} » ({scope}) a pris fin le {ended}. Le cercle peut en accorder un nouveau.",
  "ritual.on_this_day": "En ce jour, {day} : {title}. (Calendrier rituel de « {federation} ».)",
  "aid.request_expired_notice":
    "La demande d’aide #{id} de « {circle} » a expiré sans réponse : {what}. Si le besoin demeure, redemandez avec /aid request.",
  "aid.offer_reminder":
    "Rappel : l’offre #{id} de « {circle} » ({what}) a été acceptée{by, select, none {} other { par « {by} »}} et n’est pas encore honorée. Quand elle le sera : /aid fulfilled {id} ({person} l’a proposée).",
  "convergence.in_words":
    "{unit, select, d {{n, plural, one {# jour} other {# jours}}} h {{n, plural, one {# heure} other {# heures}}} other {{n, plural, one {# minute} other {# minutes}}}}",
  "convergence.start_until": "{start} jusqu’à {end}",
  "convergence.agenda_label": "Ordre du jour : {agenda}",
  "convergence.founding_story": "Le récit fondateur, « {title} » :",
  "convergence.reminder_text": "Rappel : « {title} » (convergence #{id}) a lieu dans {in} — {start}.",
  "convergence.rsvp_how": "Répondez : /convergence rsvp {id} yes|maybe|no",
  "convergence.begins_text": "« {title} » (convergence #{id}) commence maintenant — {start}.",
  "calendar.added":
    "#{id} ajouté au calendrier de « {federation} » : {day}, {title}{announced, select, yes { — annoncé le jour venu} other {}}.",
  "calendar.announce_set":
    "« {title} » {announced, select, yes {sera} other {ne sera plus}} annoncé le jour venu.",
  "calendar.empty":
    "Le calendrier de « {federation} » est vide. Ajoutez un jour avec : /calendar add <MM-JJ> <titre> federation:{federation}",
  "calendar.title": "Calendrier rituel de « {federation} » :",
  "calendar.row": "- #{id} {day} : {title} {announced, select, yes {(annoncé)} other {(non annoncé)}}",
  "calendar.removed": "#{id} ({day} : {title}) retiré du calendrier de « {federation} ».",
  "circle.invited": "{person} est invité·e dans « {circle} ». Pour accepter : /circle join {circle}",
  "circle.none_in": "« {federation} » n’a pas encore de cercle.",
  "circle.none": "Pas encore de cercle. Créez-en un avec : /circle create <nom>",
  "circle.list_title_of": "Cercles de « {federation} » ({count}) :",
  "circle.list_title": "Cercles ({count}) :",
  "convergence.none":
    "« {federation} » n’a pas encore de convergence. Planifiez-en une avec : /convergence schedule <titre> every:<cadence> federation:{federation}",
  "convergence.next": "prochaine : {start}",
  "convergence.no_more_dates": "plus de date",
  "convergence.list_title": "Convergences de « {federation} » :",
  "federation.founded":
    "La fédération « {federation} » est fondée. Un cercle la rejoint par sa propre décision : /federation join {federation} circle:<cercle>",
  "federation.none": "Pas encore de fédération. Fondez-en une avec : /federation create <nom>",
  "federation.list_row": "- {name} ({count, plural, one {# cercle} other {# cercles}})",
  "federation.list_title": "Fédérations ({count}) :",
  "mandate.renounced": "{person} a rendu le mandat #{id} (« {scope} ») de « {circle} ».",
  "poll.closed_now": "Le vote #{id} est clos ; le résultat va être annoncé.",
  "poll.none_yet": "Pas encore de vote.",
  "poll.none_open": "Aucun vote ouvert.",
  "poll.until": "jusqu’au {when}",
  "poll.list_title": "Votes ({count}) :",
  "poll.unvoted":
    "Votre bulletin pour le vote #{id} est retiré. Vous pouvez voter à nouveau jusqu’à sa clôture.",
  "poll.voted":
    "Votre bulletin « {choice} » pour le vote #{id} est compté. Vous pouvez le changer jusqu’au {until}.",
  "rotation.away_noted":
    "C’est noté : vous êtes absent·e du {from} au {until}. Les rotations de « {circle} » vous passent en attendant.",
  "rotation.ended_reply": "La rotation de {role} dans « {owner} » est terminée.",
  "rotation.none":
    "« {owner} » n’a pas encore de rotation. Lancez-en une avec : /rotation create <rôle> every:<cadence>",
  "rotation.list_title": "Rotations de « {owner} » :",
  "rotation.next_handoff": " · prochaine passation le {when}",
  "rotation.nobody_yet": "personne encore",
  "rotation.skipped": "Vous passez le tour {term} ({when}) ; {holder} le prend.",
  "story.none":
    '« {federation} » ne garde pas encore de récit. Ajoutez-en un avec : /story add <titre> text:"…"',
  "story.list_title": "Récits de « {federation} » :",
  "story.no_such": "« {federation} » n’a pas de récit #{id}",
  "story.no_founding":
    '« {federation} » n’a pas encore de récit fondateur ; ajoutez-en un avec /story add <titre> text:"…" founding:yes',
  "story.told_title":
    "{founding, select, yes {Le récit fondateur de} other {Un récit de}} « {federation} » : {title}",
  "reflect.affirmed":
    "La réflexion #{id} compte maintenant {count, plural, one {# approbation} other {# approbations}}.",
  "reflect.resolved_notice": "« {circle} » a résolu la réflexion #{id} : {note}",
  "reflect.resolved": "La réflexion #{id} est résolue et gardée dans les archives.",
  "reflect.none_mention": "Aucune réflexion ne mentionne « {search} ».",
  "reflect.none": "Pas encore de réflexion.",
  "reflect.advice_notice": "Nouveau conseil sur la réflexion #{id} : {text} (/reflect show {id})",
  "reflect.advice_kept": "Votre conseil est gardé avec la réflexion #{id}.",
  "reflect.shared_notice":
    "« {circle} » partage la réflexion #{id} : {happened}\nCe que nous avons appris : {learned}\nCe qui aiderait : {needs}. Répondez avec {answers}.",
  "reflect.shared": "La réflexion #{id} est partagée avec « {federation} ». Merci pour la leçon.",
  "reflect.show_title": "Réflexion #{id} de « {circle} », partagée le {when} par {person}",
  "reflect.show_happened": "Ce qui s’est passé : {text}",
  "reflect.show_learned": "Ce que nous avons appris : {text}",
  "reflect.show_needs": "Ce qui aiderait : {needs}",
  "reflect.show_affirmations": "Approbations : {count}",
  "reflect.show_advice": "Conseils :",
  "reflect.show_offers": "Offres :",
  "reflect.show_resolved": "Résolue le {when} : {resolution}",
  "reflect.show_open": "Encore ouverte : le cercle la clôt avec /reflect resolve.",
  "convergence.show_title":
    "Convergence #{id} « {title} » de « {federation} »{cancelled, select, yes { (annulée)} other {}}",
  "convergence.show_recurs": "Revient : {cadence} · fuseau {timezone}",
  "convergence.show_once": "Une seule fois · fuseau {timezone}",
  "convergence.show_reminders": "Rappels : {reminders} avant",
  "convergence.show_next": "Prochaines : {starts}",
  "convergence.show_coming":
    "Viennent{on, select, none {} other { le {on}}} : {yes} · peut-être : {maybe} · ne viennent pas : {no}",
  "rotation.confirmed_side":
    "Confirmé de votre côté. La passation de {role} sera complète quand l’autre côté confirmera aussi.",
  "rotation.handover_complete":
    "La passation de {role} de « {owner} » (tour {term}) est complète : les deux côtés ont confirmé la liste.",
  "aid.digest_rhythm":
    "« {federation} » reçoit un récapitulatif d’entraide tous les {days} jours ; le prochain le {next}.",
  "spokesperson.rotating": "{person} (en rotation)",
  "spokesperson.any_circle_of": "aucun cercle de « {federation} »",
  "spokesperson.list_title": "Porte-parole sur {domain} :",
  "convergence.scheduled":
    "Convergence #{id} « {title} » de « {federation} » planifiée{cadence, select, none {} other { ({cadence})}}. {many, select, yes {Prochaines dates} other {Date}} :",
  "poll.state_closed": "clos le {when}",
  "poll.state_open": "ouvert jusqu’au {when}",
  "poll.show_title":
    "Vote #{id} de « {circle} » ({recall, select, yes {révocation, } other {}}{state}) : {question}",
  "poll.show_turnout": "{turnout} ; une option doit recueillir plus de {threshold} % des voix.",
  "args.required": "est requis",
};
