import type { argumentTexts as en } from "../arguments.js";
import type { Translation } from "../translation.js";

/**
 * French descriptions of each command's arguments, keyed like the English ones (messages/arguments.ts):
 * plain text, not ICU, each at most 100 characters (Discord's limit). Command, option and value
 * names, dates, durations and names in the examples stay as typed; `commands.ts` gives each
 * command's argument the text the English lookup picks.
 */
export const argumentTexts: Translation<typeof en> = {
  // Shared by every command that takes them.
  "arg.circle": 'le nom du cercle, ex. "Green Valley" (par défaut : le cercle dont c’est le salon)',
  "arg.federation": "le nom de la fédération, ex. Jura",
  "arg.person": "une personne, en @mention, ex. @bob",
  "arg.reason": 'pourquoi vous le proposez, montré à qui décide, ex. "notre trésorière a déménagé"',
  "arg.tz": "un fuseau horaire IANA, ex. Europe/Paris ou America/Mexico_City",
  "arg.place": "son salon : un salon Matrix, un #salon Discord ou un lieu du shell, ex. #green-valley",
  "arg.role": "le nom du rôle, ex. treasurer, facilitator ou custodian",
  "arg.domain": "le domaine d’un·e porte-parole, ex. presse, juridique ou le nom d’une campagne",
  "arg.unit": "monnaie (ex. EUR, CHF, USD) ou hours",
  "arg.amount": "un montant, ex. 45.80 (point ou virgule, sans signe)",
  "arg.memo": 'à quoi cela sert, ex. "réparation de vélos"',
  "arg.receipt": "un lien vers le justificatif, ex. https://files.example.org/receipt-12.pdf",
  "arg.title": 'un titre court, ex. "Jour de la fondation"',
  "arg.text": 'le texte lui-même, ex. "Nous nous sommes réunis dans l’arrière-boutique…"',
  "arg.from": "pas avant cette date ou ce délai, ex. 2027-03-18 ou 3d",
  "arg.until": "jusqu’à cette date ou pour cette durée, ex. 2027-03-18, 6mo ou 2w",
  "arg.all": "yes : inclure aussi les éléments clos et terminés, ex. all:yes",
  "arg.entries": "combien d’écritures lister, de 1 à 50, ex. 20",
  "arg.format": "csv (une table) ou json, ex. format:json",
  "arg.table": "une table à exporter, ex. decisions, members, mandates, ledger",

  // Circles.
  "arg.circle.create.name": 'le nom du nouveau cercle, ex. "Green Valley"',
  "arg.circle.purpose":
    'la raison d’être du cercle, en une phrase, ex. "une coop alimentaire pour la vallée"',
  "arg.circle.create.open": "yes : tout le monde peut entrer ; no : les membres invitent (ex. open:yes)",
  "arg.circle.set.open": "yes : tout le monde peut entrer ; no : sur invitation seulement (ex. open:no)",
  "arg.circle.set.recall_quorum": "part des membres qui doivent voter une révocation, 50% au plus, ex. 30%",
  "arg.circle.set.recall_threshold":
    "part des voix qu’une révocation doit dépasser, 50% au plus, ex. 50% (plus de la moitié)",
  "arg.circle.set.decide_by": "comment le cercle décide : consent (nulle objection) ou majority (un vote)",
  "arg.circle.set.window": "durée d’ouverture des propositions, de 12h à 14d, ex. 48h",
  "arg.circle.set.quiet": "annonces fédérales tenues hors du salon : convergences, calendar, digest ou none",
  "arg.circle.remove.person": "le membre à retirer, en @mention, ex. @mallory",
  "arg.circle.invite.person": "la personne que vous invitez, en @mention, ex. @bob",

  // History and export (circle and federation).
  "arg.kind": "une partie de l’historique, ex. mandate, poll, proposal, aid ou convergence",
  "arg.circle.history.person": "seulement ce que cette personne a fait ou ce qui la nomme, ex. @bob",
  "arg.federation.history.person": "seulement ce que cette personne a fait ou ce qui la nomme, ex. @bob",
  "arg.circle.history.from": "depuis cette date ou depuis ce délai, ex. 2026-03-01, 30d ou 6mo",
  "arg.federation.history.from": "depuis cette date ou depuis ce délai, ex. 2026-03-01, 30d ou 6mo",
  "arg.circle.history.until": "jusqu’à cette date incluse, ex. 2026-03-31",
  "arg.federation.history.until": "jusqu’à cette date incluse, ex. 2026-03-31",
  "arg.before": "le numéro d’entrée qui termine la page précédente, pour les plus anciennes, ex. 120",

  // Proposals.
  "arg.propose.text": "ce que vous proposez, en une phrase, ex. nous achetons un vélo cargo commun",
  "arg.propose.reason": 'pourquoi, montré à qui décide, ex. "trois cercles en ont besoin chaque semaine"',
  "arg.propose.federation": "la soumettre aux cercles de cette fédération, une voix chacun, ex. Jura",
  "arg.proposal.id": "le numéro de la proposition, ex. 12 (proposal list les affiche)",
  "arg.proposal.reason": 'pourquoi, pour que les autres puissent répondre, ex. "ce coût n’est pas au budget"',
  "arg.proposal.circle": 'au niveau fédéral, le cercle dont c’est la réponse, ex. "Green Valley"',
  "arg.proposal.list.circle": 'le cercle dont lister les propositions, ex. "Green Valley"',
  "arg.proposal.list.federation": "la fédération dont lister les propositions, ex. Jura",
  "arg.proposal.all": "yes : inclure les propositions décidées et retirées (ex. all:yes)",

  // Federations.
  "arg.federation.create.name": "le nom de la nouvelle fédération, ex. Jura",
  "arg.federation.create.announce": "où vont ses annonces (par défaut : ici), ex. #annonces",
  "arg.federation.set.window": "durée d’ouverture des propositions fédérales, de 12h à 14d, ex. 7d",
  "arg.federation.set.mandate_max":
    "le plus long mandat qu’un cercle peut confier, en jours (1 à 366), ex. 183",
  "arg.federation.set.digest": "jours entre deux récapitulatifs d’entraide, de 7 à 90, ex. 14",
  "arg.federation.set.page": "qui lit sa page web : off, members (un lien signé chacun) ou public",
  "arg.circle.list.federation": "seulement les cercles de cette fédération, ex. Jura",

  // Mandates and recall.
  "arg.mandate.grant.person": "la personne déléguée, en @mention, ex. @alice",
  "arg.mandate.grant.scope": 'ce que la personne déléguée peut faire, en une phrase, ex. "négocier le bail"',
  "arg.mandate.grant.until": "quand le mandat expire : une date ou une durée, ex. 2027-06-30 ou 3mo",
  "arg.mandate.grant.from":
    "quand il commence, si ce n’est pas maintenant : date ou durée, ex. 2027-01-01 ou 2w",
  "arg.mandate.id": "le numéro du mandat, ex. 3 (mandate list les affiche)",
  "arg.mandate.renew.until": "la nouvelle échéance : une date ou une durée, ex. 2027-12-31 ou 6mo",
  "arg.mandate.list.circle": 'le cercle dont lister les mandats, ex. "Green Valley"',
  "arg.mandate.list.federation": "la fédération dont lister les personnes déléguées, ex. Jura",
  "arg.mandate.all": "yes : inclure les mandats expirés et terminés (ex. all:yes)",
  "arg.recall.person": "la personne déléguée à révoquer, en @mention, ex. @bob",
  "arg.recall.mandate": "quel mandat, si elle en détient plusieurs, ex. 3",
  "arg.recall.closes": "clôture du vote : dans une semaine au plus, ex. 2d, 36h ou 2027-03-18",

  // Rotations and spokespersons.
  "arg.rotation.create.role": "le rôle à faire tourner, ex. treasurer, facilitator ou custodian",
  "arg.rotation.create.every":
    'à quel rythme, ex. monthly, "every 2 weeks on monday 18:00", ou une règle d’une app d’agenda',
  "arg.rotation.edit.every": 'le nouveau rythme, ex. monthly ou "every 2 weeks on monday 18:00"',
  "arg.rotation.lead": "combien de temps avant la passation la personne suivante est prévenue, ex. 2d ou 12h",
  "arg.rotation.create.from": "la première passation pas avant cette date, ex. 2027-01-04",
  "arg.rotation.checklist": 'étapes de passation confirmées par les deux, séparées par |, ex. "clés|carte"',
  "arg.rotation.create.federation": "en faire un rôle fédéral, qui passe d’un cercle à l’autre, ex. Jura",
  "arg.rotation.federation": "la fédération dont c’est le rôle, ex. Jura",
  "arg.rotation.show.count": "combien de passations lister, de 1 à 20, ex. 10",
  "arg.rotation.swap.with": "le membre avec qui échanger votre prochain tour, en @mention, ex. @carol",
  "arg.rotation.away.until": "de retour à cette date ou après ce délai, ex. 2027-03-18, 3d ou 2w",
  "arg.rotation.away.from": "absent·e à partir de cette date, si ce n’est pas maintenant, ex. 2027-03-01",
  "arg.rotation.name.person": "qui prend le rôle maintenant, en @mention, ex. @dana",
  "arg.spokesperson.name.person": "le ou la nouvelle porte-parole, en @mention, ex. @erin",
  "arg.spokesperson.who.federation": "chercher parmi les cercles de cette fédération, ex. Jura",

  // Polls.
  "arg.poll.start.question": "la question, ex. Rejoignons-nous la grève pour le climat ?",
  "arg.poll.start.options": 'les réponses, de 2 à 20, séparées par |, ex. "oui|non|plus tard"',
  "arg.poll.start.closes": "quand il se clôt : une durée ou une date, ex. 2d, 36h ou 2027-03-18",
  "arg.poll.start.quorum": "part des membres qui doivent voter, ex. 50%",
  "arg.poll.start.threshold": "part des voix qu’une réponse doit dépasser pour l’emporter, ex. 50%",
  "arg.poll.start.secret": "yes : bulletin secret, seuls les totaux sont affichés (ex. secret:yes)",
  "arg.poll.id": "le numéro du vote, ex. 4 (poll list les affiche)",
  "arg.poll.vote.choice": "votre réponse : son numéro ou son texte, ex. 2, #2, yes ou no",
  "arg.poll.unvote.choice": "ne retirer que si c’est votre réponse actuelle, ex. 2",
  "arg.poll.list.circle": 'le cercle dont lister les votes, ex. "Green Valley"',
  "arg.poll.list.federation": "la fédération dont lister les votes, ex. Jura",
  "arg.poll.all": "yes : inclure les votes clos (ex. all:yes)",

  // Reflections.
  "arg.reflect.share.happened":
    'ce qui s’est passé, ex. "notre stand au marché a fermé au bout de deux semaines"',
  "arg.reflect.share.learned": 'ce que vous avez appris, ex. "nous avons commencé sans demander aux voisins"',
  "arg.reflect.share.needs": "ce qui aiderait : material, advice ou affirmation, ex. advice|affirmation",
  "arg.reflect.id": "le numéro du retour d’expérience, ex. 2 (reflect list les affiche)",
  "arg.reflect.advise.text": 'votre conseil, ex. "demandez d’abord aux voisins, avec un petit cadeau"',
  "arg.reflect.resolve.note": 'une note de clôture, ex. "le stand a rouvert au printemps"',
  "arg.reflect.list.federation": "la fédération dont lister les retours d’expérience, ex. Jura",
  "arg.reflect.list.search": "seulement les retours d’expérience avec ces mots, ex. marché",

  // Mutual aid.
  "arg.aid.request.what": 'ce dont vous avez besoin, ex. "une camionnette pour le déménagement"',
  "arg.aid.offer.what": 'ce que vous offrez, ex. "notre camionnette, samedi"',
  "arg.aid.request.amount": "combien (plus de 0), ex. 300",
  "arg.aid.offer.amount": "combien (plus de 0), ex. 100",
  "arg.aid.request.unit": "unité du montant, ex. EUR, kg ou personnes",
  "arg.aid.offer.unit": "unité de votre montant (par défaut : celle de la demande), ex. EUR, kg ou personnes",
  "arg.aid.request.by": "nécessaire avant cette date ou sous ce délai, ex. 14d ou 2027-03-18",
  "arg.aid.request.urgency": "low, normal ou high, ex. urgency:high",
  "arg.aid.offer.id": "le numéro de la demande (ou du retour d’expérience), ex. 5 (aid list les affiche)",
  "arg.aid.offer.for": "ce que désigne le numéro : une demande ou un retour d’expérience, ex. for:reflection",
  "arg.aid.accept.id": "le numéro de l’offre, ex. 7 (les réponses à la demande les affichent)",
  "arg.aid.fulfilled.id": "le numéro de l’offre, ex. 7",
  "arg.aid.fulfilled.amount": "ce qui est arrivé, dans l’unité de l’offre (par défaut : le reste), ex. 50",
  "arg.aid.give.id": "le numéro de l’offre, ex. 7",
  "arg.aid.give.amount": "combien a été donné (par défaut : le reste de l’offre), ex. 50",
  "arg.aid.close.id": "le numéro de la demande, ex. 5 (aid list les affiche)",
  "arg.aid.list.federation": "la fédération dont lister les demandes, ex. Jura",
  "arg.aid.all": "yes : inclure les demandes satisfaites, closes et expirées (ex. all:yes)",

  // Ledger.
  "arg.ledger.income.memo": 'd’où cela vient, ex. "vente de gâteaux"',
  "arg.ledger.expense.memo": 'à quoi cela a servi, ex. "réparation de vélos"',
  "arg.ledger.income.donation":
    "yes : un don, la contribution de solidarité de la fédération s’applique (ex. donation:yes)",
  "arg.ledger.expense.line": "la ligne budgétaire concernée, ex. loyer ou nourriture",
  "arg.ledger.expense.budget": 'quel budget (par défaut : le plus récent avec cette ligne), ex. "2027"',
  "arg.ledger.show.circle": 'le cercle dont afficher les comptes, ex. "Green Valley"',
  "arg.ledger.show.federation": "la fédération dont afficher les comptes, ex. Jura",
  "arg.ledger.export.circle": 'le cercle dont exporter les comptes, ex. "Green Valley"',
  "arg.ledger.export.federation": "la fédération dont exporter les comptes, ex. Jura",
  "arg.ledger.export.from": "le premier jour, ex. 2026-01-01",
  "arg.ledger.export.until": "le dernier jour, ex. 2026-12-31",
  "arg.ledger.budget.name": 'le nom du budget, ex. "2027"',
  "arg.ledger.budget.lines": 'les lignes et leurs montants prévus, ex. "loyer 300 | nourriture 200.50"',
  "arg.ledger.set.threshold":
    "plus grosse dépense enregistrée seul·e par la trésorerie (0 : aucune), ex. 100",
  "arg.ledger.set.unit": "unité du seuil, ex. EUR ou hours",
  "arg.ledger.set.memos":
    "internal : seuls les membres lisent les libellés (les totaux restent ouverts) ; ou open",
  "arg.ledger.reverse.entry": "le numéro de l’écriture, ex. 14 (ledger show les liste)",
  "arg.ledger.reverse.why": "pourquoi elle est contrepassée, ex. saisie en double ou mauvais montant",

  // Funds and credit.
  "arg.fund.create.name": 'le nom de la nouvelle caisse, ex. "Solidarité"',
  "arg.fund.create.purpose": 'à quoi sert la caisse, ex. "les cercles en difficulté"',
  "arg.fund.fund": 'le nom de la caisse, ex. "Solidarité"',
  "arg.fund.draw.to": 'le cercle qui reçoit, ex. "Green Valley"',
  "arg.fund.pay.circle":
    'le cercle qui verse (par défaut : celui dont c’est le foyer ici), ex. "Green Valley"',
  "arg.fund.levy.rate": "part de chaque don, ex. 5% (0% met fin à la contribution)",
  "arg.fund.levy.above": "s’applique aux cercles détenant plus que ceci, dans l’unité de la caisse, ex. 1000",
  "arg.fund.show.entries": "combien de mouvements lister, de 1 à 50, ex. 20",
  "arg.credit.pay.to": 'le cercle payé, ex. "River Bend"',
  "arg.credit.pay.circle":
    'le cercle qui paie (par défaut : celui dont c’est le foyer ici), ex. "Green Valley"',
  "arg.credit.limit.amount": "jusqu’où sous zéro un cercle peut descendre, ex. 100",
  "arg.credit.limit.circle": 'seulement ce cercle (par défaut : tout cercle sans limite propre), ex. "Oak"',
  "arg.credit.limit.unit":
    "l’unité du crédit, fixée une fois : credits (par défaut), hours ou EUR, ex. hours",

  // Convergences.
  "arg.convergence.schedule.title": 'le nom de l’assemblée, ex. "Convergence de printemps"',
  "arg.convergence.schedule.every":
    'à quel rythme, ex. monthly, "every 3 months on saturday 10:00" ou yearly',
  "arg.convergence.schedule.at": "un début unique, ex. 2027-03-18T10:00",
  "arg.convergence.schedule.from": "la première pas avant cette date, ex. 2027-01-01",
  "arg.convergence.schedule.duration": "combien de temps elle dure, ex. 3h, 90m ou 2d",
  "arg.convergence.schedule.where": "un lieu ou un lien, ex. https://meet.example.org/jura",
  "arg.convergence.schedule.agenda": 'ce dont elle discutera, ex. "budget | nouveaux cercles"',
  "arg.convergence.schedule.story": "yes : raconter le récit fondateur au début de chacune (ex. story:yes)",
  "arg.convergence.schedule.remind": "rappels avant chaque début, séparés par des virgules, ex. 7d,1d,1h",
  "arg.convergence.id": "le numéro de la convergence, ex. 1 (convergence list les affiche)",
  "arg.convergence.rsvp.answer": "yes, maybe ou no, ex. yes",
  "arg.convergence.agenda.item": 'le point à ajouter, ex. "une camionnette commune"',
  "arg.convergence.agenda.circle": 'le cercle d’où vient le point, si vous êtes dans plusieurs, ex. "Oak"',
  "arg.convergence.minutes.text":
    'le compte rendu lui-même, ex. "Nous avons convenu d’une camionnette commune…"',
  "arg.convergence.minutes.link": "un lien vers le compte rendu, ex. https://pad.example.org/minutes",
  "arg.convergence.minutes.on": "le jour de la réunion, si ce n’est pas la dernière, ex. 2026-04-18",
  "arg.convergence.minutes.decisions": "les propositions décidées là, séparées par des virgules, ex. 12,14",

  // Calendar and stories.
  "arg.calendar.add.date": "le jour, au format mois-jour, ex. 03-18",
  "arg.calendar.add.title": 'ce que marque ce jour, ex. "Fondation de la Commune"',
  "arg.calendar.add.announce": "yes : l’annoncer le jour même ; no : seulement le lister (ex. announce:no)",
  "arg.calendar.id": "le numéro du jour, ex. 2 (calendar list les affiche)",
  "arg.calendar.announce.choice": "yes : l’annoncer le jour même ; no : ne plus l’annoncer (ex. no)",
  "arg.story.add.title": 'le titre du récit, ex. "Nos débuts"',
  "arg.story.add.text": 'le récit, ex. "En 1872, les horlogers de la vallée se réunirent…"',
  "arg.story.add.founding": "yes : c’est le récit fondateur, s’il n’y en a pas encore (ex. founding:yes)",
  "arg.story.id": "le numéro du récit, ex. 2 (story list les affiche)",
  "arg.story.tell.id": "le numéro du récit (par défaut : le récit fondateur), ex. 2",

  // You.
  "arg.me.link.code": "le code de 8 caractères donné à votre autre compte, ex. K7QP2MZX",
  "arg.me.show-name.show":
    "yes : afficher votre identifiant ; no : afficher « un membre » à la place (ex. no)",
  "arg.circle.set.language": "la langue que Jura parle dans le salon du cercle : en, fr, es ou it (ex. fr)",
  "arg.federation.set.language": "la langue de ses salles et des cercles qui n’en ont pas choisi, ex. es",
  "arg.me.language.language": "votre langue : en, fr, es ou it, ou auto pour suivre le lieu (ex. fr)",
};
