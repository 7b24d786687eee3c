import type { record as en } from "../record.js";
import type { Translation } from "../translation.js";

/**
 * French messages of the open record: the audit log as sentences, history pages, outcomes in
 * lists, agendas and minutes, exports, the federation's page and the consent to show one's handle.
 */
export const record: Translation<typeof en> = {
  "record.system": "Jura",
  "record.someone": "un membre",
  "record.decided_by": " (décidé par la proposition #{id})",
  "record.action_unknown": "{actor} : {action}.",

  "record.action.circle.create": "{actor} a fondé le cercle « {circle} ».",
  "record.action.circle.join":
    "{actor} a rejoint « {circle} »{invited, select, yes { sur invitation} other {}}.",
  "record.action.circle.invite": "{actor} a invité {person} dans « {circle} ».",
  "record.action.circle.leave":
    "{actor} a quitté « {circle} »{mandates, select, none {} other { ; ses mandats {mandates} ont pris fin}}.",
  "record.action.circle.set": "{actor} a changé le fonctionnement de « {circle} » : {changes}.",
  "record.action.circle.remove":
    "{person} a été retiré·e de « {circle} »{mandates, select, none {} other { ; ses mandats {mandates} ont pris fin}}.",
  "record.action.federation.create": "{actor} a fondé la fédération « {federation} ».",
  "record.action.federation.join": "« {circle} » a rejoint la fédération « {federation} ».",
  "record.action.federation.leave": "« {circle} » a quitté la fédération « {federation} ».",
  "record.action.federation.set": "« {federation} » a changé son fonctionnement : {changes}.",
  "record.action.ledger.income":
    "{actor} a enregistré {donation, select, yes {un don} other {une recette}} de {amount} dans le livre de comptes de « {circle} » (écriture #{entry}).",
  "record.action.ledger.expense":
    "{actor} a enregistré une dépense de {amount} dans le livre de comptes de « {circle} » (écriture #{entry}).",
  "record.action.ledger.reverse":
    "{actor} a contrepassé l’écriture #{reverses} du livre de comptes de « {circle} » (écriture #{entry}).",
  "record.action.ledger.budget": "{actor} a fixé un budget pour « {circle} ».",
  "record.action.ledger.set": "{actor} a changé la tenue des comptes de « {circle} » : {changes}.",
  "record.action.fund.create": "La fédération « {federation} » a ouvert une caisse commune (caisse #{fund}).",
  "record.action.fund.pay": "« {circle} » a versé {amount} à la caisse commune #{fund} (écriture #{entry}).",
  "record.action.fund.draw":
    "{amount} ont été prélevés sur la caisse commune #{fund} de « {federation} » (écriture #{entry}).",
  "record.action.fund.levy":
    "La fédération « {federation} » a fixé sa contribution de solidarité pour la caisse commune #{fund} : {rate} des dons au-delà de {threshold}.",
  "record.action.credit.pay": "« {circle} » a payé {amount} en crédit mutuel (écriture #{entry}).",
  "record.action.credit.limit":
    "La fédération « {federation} » a fixé une limite de crédit mutuel de {limit}.",
  "record.action.aid.give":
    "« {circle} » a donné {amount} pour l’offre #{offer}, inscrit dans les comptes des deux cercles (écriture #{entry}).",
  "record.action.mandate.grant": "« {circle} » a confié à {delegate} le mandat #{mandate} : {scope}.",
  "record.action.mandate.renew": "« {circle} » a renouvelé le mandat #{mandate}.",
  "record.action.mandate.renounce": "{actor} a rendu le mandat #{mandate} de « {circle} ».",
  "record.action.mandate.expire": "Le mandat #{mandate} de « {circle} » a expiré.",
  "record.action.mandate.recall": "« {circle} » a révoqué le mandat #{mandate} par le vote #{poll}.",
  "record.action.recall.start":
    "{actor} a demandé à « {circle} » s’il fallait révoquer le mandat #{mandate} (vote #{poll}).",
  "record.action.poll.start": "{actor} a ouvert le vote #{poll} dans « {circle} » : {question}",
  "record.action.poll.vote":
    "{secret, select, yes {Un bulletin a été déposé dans le vote secret #{poll}.} other {{actor} a voté pour l’option {choice} au vote #{poll}.}}",
  "record.action.poll.unvote":
    "{secret, select, yes {Un bulletin a été retiré du vote secret #{poll}.} other {{actor} a retiré son vote au vote #{poll}.}}",
  "record.action.poll.close":
    "Vote #{poll} clos : {counts} ; {cast} votant·es sur {eligible} ; {winner, select, none {aucune option ne l’a emporté} other {l’option {winner} l’a emporté}}.",
  "record.action.proposal.open": "{actor} a proposé #{proposal} : {title}",
  "record.action.proposal.passed": "Proposition #{proposal} adoptée ({tally}) : {title}",
  "record.action.proposal.failed":
    "Proposition #{proposal} adoptée ({tally}) mais impossible à appliquer : {title}",
  "record.action.proposal.rejected": "Proposition #{proposal} rejetée ({tally}) : {title}",
  "record.action.proposal.blocked": "Proposition #{proposal} bloquée ({tally}) : {title}",
  "record.action.proposal.lapsed": "Proposition #{proposal} caduque ({tally}) : {title}",
  "record.action.proposal.withdrawn": "{actor} a retiré la proposition #{proposal} : {title}",
  "record.action.rotation.create": "{actor} a mis en place la rotation #{rotation} « {role} ».",
  "record.action.rotation.edit": "{actor} a modifié la rotation #{rotation}.",
  "record.action.rotation.end": "{actor} a mis fin à la rotation #{rotation}.",
  "record.action.rotation.swap": "{actor} a échangé un tour de la rotation #{rotation} avec {person}.",
  "record.action.rotation.skip": "{actor} a passé son tour {term} de la rotation #{rotation}.",
  "record.action.rotation.away": "{actor} est absent·e du {from} au {until}.",
  "record.action.rotation.confirm":
    "{actor} a confirmé la passation du tour {term} de la rotation #{rotation}.",
  "record.action.rotation.name": "{actor} a nommé {person} pour le tour {term} de la rotation #{rotation}.",
  "record.action.spokesperson.name": "« {circle} » a nommé {person} porte-parole pour {domain}.",
  "record.action.reflect.share": "« {circle} » a partagé le retour d’expérience #{reflection}.",
  "record.action.reflect.advise": "{actor} a donné un conseil sur le retour d’expérience #{reflection}.",
  "record.action.reflect.affirm": "{actor} a soutenu le retour d’expérience #{reflection}.",
  "record.action.reflect.resolve": "« {circle} » a clos le retour d’expérience #{reflection}.",
  "record.action.aid.request": "« {circle} » a demandé de l’aide à la fédération (demande #{request}).",
  "record.action.aid.offer": "« {circle} » a proposé son aide (offre #{offer}).",
  "record.action.aid.accept": "« {circle} » a accepté l’offre #{offer} pour la demande #{request}.",
  "record.action.aid.fulfilled": "L’offre #{offer} a été honorée.",
  "record.action.aid.close": "« {circle} » a clos la demande #{request}.",
  "record.action.convergence.schedule": "{actor} a programmé la convergence #{convergence} : {title}",
  "record.action.convergence.cancel": "La convergence #{convergence} a été annulée.",
  "record.action.convergence.agenda":
    "« {circle} » a mis un point à l’ordre du jour de la convergence #{convergence} : {text}",
  "record.action.convergence.minutes":
    "{actor} a {amended, select, yes {modifié} other {consigné}} le compte rendu de la convergence #{convergence} du {date}{decisions, select, none {} other {, avec les décisions {decisions}}}.",
  "record.action.calendar.add": "{actor} a ajouté « {title} » ({date}) au calendrier rituel.",
  "record.action.calendar.remove": "{actor} a retiré « {title} » du calendrier rituel.",
  "record.action.calendar.announce":
    "Le jour #{ritual} du calendrier rituel {announced, select, yes {est annoncé} other {n’est plus annoncé}}.",
  "record.action.story.add":
    "{actor} a ajouté le récit « {title} »{founding, select, yes { comme récit fondateur} other {}}.",
  "record.action.story.founding": "Le récit #{story} est devenu le récit fondateur.",
  "record.action.me.show_name":
    "{actor} {show, select, yes {a accepté} other {n’accepte plus}} que son identifiant soit affiché hors du chat.",

  "record.history_title":
    "Historique de « {scope} »{filters, select, none {} other { ({filters})}}, du plus récent au plus ancien, heures en {zone} :",
  "record.history_none":
    "Rien dans l’historique de « {scope} »{filters, select, none {} other { ({filters})}}.",
  "record.history_more": "Plus ancien : {command}",
  "record.history_start": "C’est là que commence le registre.",
  "record.history_row": "{when} · {sentence}",
  "record.bad_cursor":
    "before: prend un numéro d’entrée figurant au bas d’une page d’historique, comme before:120.",
  "record.bad_kind":
    "kind: désigne une partie de l’historique, comme mandate, poll, proposal, circle ou aid.",

  "record.show_name_now":
    "{show, select, yes {Votre identifiant est affiché dans les exports et sur les pages des fédérations.} other {Votre identifiant n’est pas affiché hors du chat : les exports et les pages indiquent « un membre » à la place. /me show-name yes change cela.}}",
  "record.show_name_set":
    "{show, select, yes {Désormais, votre identifiant peut apparaître dans les exports et sur les pages de vos fédérations.} other {Votre identifiant n’apparaît plus hors du chat : les exports et les pages indiquent « un membre » à la place.}}",

  "record.agenda_row": "- « {circle} » : {text}",
  "record.agenda_title": "Ordre du jour proposé par les cercles pour le {date} :",
  "record.agenda_added":
    "Ajouté à l’ordre du jour de la convergence #{id} « {title} » du {date}, pour « {circle} » : {text}\nPoints à ce jour : {count}.",
  "record.agenda_none_next": "La convergence #{id} n’a pas de prochaine date où ajouter des points.",
  "record.agenda_full":
    "« {circle} » a déjà {max} points à l’ordre du jour du {date} : c’est la limite par cercle.",
  "record.minutes_recorded":
    "{amended, select, yes {Le compte rendu de la convergence #{id} « {title} » du {date} est modifié} other {Le compte rendu de la convergence #{id} « {title} » du {date} est consigné}}, {decision}.{text, select, none {} other {\n{text}}}{link, select, none {} other {\nCompte rendu : {link}}}{decisions, select, none {} other {\nDécisions prises : {decisions}}}",
  "record.minutes_empty": "Un compte rendu demande un texte, un link:, ou les deux.",
  "record.minutes_no_date":
    "La convergence #{id} ne s’est pas encore réunie{day, select, none {} other { le {day}}} : le compte rendu se consigne après la réunion (on:<date> désigne une date passée).",
  "record.minutes_bad_link": "un lien commençant par https:// ou http://",
  "record.minutes_bad_decisions": "des numéros de propositions comme 12 14",
  "record.minutes_foreign_decision":
    "La proposition #{id} n’est pas une décision de « {federation} » ni de l’un de ses cercles.",
  "record.minutes_row":
    "Compte rendu du {date}{text, select, none {} other { : {text}}}{link, select, none {} other { ({link})}}",
  "record.decision_row": "- proposition #{id} : {title} ({outcome})",
  "record.convergence_decisions": "Décisions prises :",
  "record.minutes_by_creator": "par le cercle qui l’a programmée",

  "record.page_link":
    "{visibility, select, public {La page de « {federation} » est publique : {url}} other {La page de « {federation} », pour vous en tant que membre : {url}\nLe lien fonctionne jusqu’au {until} ; ne le transmettez pas (une nouvelle visibilité révoque tous les liens).}}",
  "record.page_off":
    "La page de « {federation} » est désactivée : personne ne peut la lire ni télécharger son registre sur le web. La fédération décide : /federation set {quoted} page:members (un lien pour les membres) ou page:public.",
  "record.export_links":
    "Le registre de « {scope} »{visibility, select, members { (lien pour vous en tant que membre, jusqu’au {until})} other {}} :\nJSON : {json}\nCSV : {csv}",
  "record.export_off":
    "Les téléchargements de « {scope} » sont désactivés, comme sa fédération l’a décidé{inline, select, yes { ; le voici sous forme de message :} other {.}}",
  "record.export_chat_only":
    "« {scope} » n’appartient à aucune fédération, il n’a donc pas de page web ; voici son registre sous forme de message :",
  "record.export_too_long":
    "La table {table} compte {rows} lignes : trop pour un message. {links, select, yes {Utilisez les liens ci-dessus.} other {Demandez une table à la fois avec table:, ou un lien vers la page de la fédération.}}",
  "record.export_table": "{table}.{format} :",
  "record.page_setting": "sa page est {visibility}",

  "page.title": "{federation} : le registre ouvert",
  "page.summary":
    "{circles, plural, one {# cercle} other {# cercles}} · {members, plural, one {# membre} other {# membres}} · {proposals, plural, one {# proposition ouverte} other {# propositions ouvertes}} · {aid, plural, one {# demande d’aide ouverte} other {# demandes d’aide ouvertes}}",
  "page.sections": "Sections",
  "page.h.circles": "Cercles",
  "page.h.roles": "Rôles et mandats",
  "page.h.mandates": "Personnes déléguées et leurs mandats",
  "page.h.rotations": "Rôles tournants",
  "page.h.spokespersons": "Porte-parole",
  "page.h.decisions": "Décisions",
  "page.h.open": "Propositions ouvertes",
  "page.h.outcomes": "Résultats récents",
  "page.h.aid": "Entraide",
  "page.h.treasury": "Comptes et caisses",
  "page.h.books": "Ce que détient chaque cercle",
  "page.h.funds": "Caisses communes",
  "page.h.credit": "Crédit mutuel",
  "page.books": "« {circle} » ({unit}) : détient {cash} ; a reçu {income} et dépensé {expenses}",
  "page.fund": "{name} : {balance}{purpose, select, none {} other { · {purpose}}}",
  "page.credit": "« {circle} » : {balance} (peut descendre jusqu’à moins {limit})",
  "page.h.convergences": "Convergences",
  "page.h.calendar": "Calendrier rituel",
  "page.h.stories": "Récits",
  "page.h.downloads": "Téléchargements",
  "page.col.circle": "Cercle",
  "page.col.members": "Membres",
  "page.col.purpose": "Raison d’être",
  "page.mandate": "Mandat #{id} : {delegate} pour « {circle} » : {scope}, jusqu’au {until}",
  "page.rotation":
    "{role} de « {of} » : {circle, select, none {{person}} other {« {circle} »{person, select, none {} other { ({person})}}}}{next, select, none {} other {, prochaine passation {next}}}",
  "page.spokesperson": "{domain} : {person} de « {circle} »",
  "page.open_proposal": "#{id} « {scope} » : {title}, ouverte jusqu’au {closes}",
  "page.outcome": "{kind, select, poll {Vote} other {Proposition}} #{id} « {scope} » : {title} : {outcome}",
  "page.aid_request":
    "Demande #{id} de « {circle} » : {what}{amount, select, none {} other { ({amount})}}, urgence {urgency}, {status}, pour le {by}",
  "page.aid_offer": "« {circle} » propose : {what} ({status})",
  "page.convergence":
    "{title} : {next, select, none {pas de date à venir} other {prochaine date {next}}}{where, select, none {} other {, {where}}}{cadence, select, none {} other {, {cadence}}}",
  "page.minutes": "Compte rendu du {date}",
  "page.minutes_link": "le compte rendu",
  "page.ritual": "{date} : {title}",
  "page.founding": "Le récit fondateur",
  "page.none": "Rien pour l’instant.",
  "page.download_json": "Le registre complet en JSON",
  "page.download_csv": "{table} en CSV",
  "page.download_ics": "Les convergences en flux iCalendar",
  "page.footer":
    "Généré par Jura le {at} ; les heures sont en {zone}. L’identifiant d’une personne n’apparaît que si elle l’a accepté.",
  "page.off": "Cette page n’est pas publiée.",
  "page.link_needed":
    "Cette page est réservée aux membres de la fédération : demandez un lien à Jura dans le chat avec /federation page {federation}.",
  "page.not_found": "Fédération introuvable.",

  "record.poll_outcome":
    "clos : {counts} ; {winner, select, none {aucune option ne l’a emporté} other {l’a emporté : {winner}}}",
  "record.proposal_outcome": "{status} ({tally})",
  "record.mandate_ended.expired": "expiré {when}",
  "record.mandate_ended.recalled": "révoqué {when}{decision, select, none {} other { par {decision}}}",
  "record.mandate_ended.renounced": "rendu par la personne déléguée {when}",
  "record.mandate_ended.left": "terminé {when} : la personne déléguée a quitté le cercle",
  "record.mandate_ended.removed":
    "terminé {when} : la personne déléguée a été retirée du cercle{decision, select, none {} other { par {decision}}}",
  "record.decision_ref.poll": "vote #{id}",
  "record.decision_ref.proposal": "proposition #{id}",
};
