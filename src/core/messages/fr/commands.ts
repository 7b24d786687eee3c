/**
 * French command texts for the chat platforms' command lists: `"<group> <name>"` is a command's
 * summary (`"<group>"` alone when the command has no name, or a group's own description). Each
 * fits Discord's 100 characters; command, option and value names stay English. Arguments are
 * described by ./arguments.ts, under the key the English lookup picks (see commandText).
 */
export const commands: Readonly<Record<string, string>> = {
  circle: "cercles de 5 à 15 personnes : create, join, invite, leave, remove, show, set, history, export",
  "circle create":
    "Créer un cercle ici, dont vous êtes le premier membre. Ouvert sur invitation, sauf open:yes.",
  "circle join": "Rejoindre un cercle (ouvert, ou qui vous a invité).",
  "circle invite": "Inviter quelqu’un dans votre cercle ; la personne accepte avec circle join.",
  "circle leave": "Quitter un cercle ; vos mandats reçus de ce cercle prennent fin.",
  "circle show": "Afficher un cercle : raison d’être, membres, fédération et personnes déléguées.",
  "circle list": "Lister les cercles, ou ceux d’une fédération.",
  "circle set":
    "Changer raison d’être, fuseau, foyer, ouverture, révocation, langue, mode de décision (du cercle)",
  "circle remove": "Retirer un membre du cercle, par décision du cercle (sans la voix du membre concerné).",
  "circle history":
    "Ce qui s’est passé dans un cercle, du plus récent ; filtres kind:, person:, from:, until:, before:.",
  "circle export":
    "Le registre d’un cercle en CSV et JSON : liens de téléchargement, ou table: dans le message.",
  propose:
    "Soumettre une proposition motivée au cercle (ou, avec federation:, aux cercles de la fédération).",
  proposal: "répondre aux propositions, les suivre, les retirer : agree, abstain, object, block",
  "proposal agree": "Approuver une proposition (vous pouvez changer de réponse jusqu’à sa clôture).",
  "proposal abstain": "S’abstenir sur une proposition : ni objection, ni accord.",
  "proposal object": "Objecter à une proposition, en disant pourquoi ; une objection fait passer au vote.",
  "proposal block":
    "Bloquer une proposition, en disant pourquoi : elle ne passe pas tant que le blocage tient.",
  "proposal show": "Une proposition : ce qu’elle ferait, pourquoi, et toutes les réponses (publiques).",
  "proposal list": "Les propositions ouvertes d’un cercle, ou d’une fédération et de ses cercles.",
  "proposal withdraw": "Retirer une proposition que vous avez faite, avant sa clôture.",
  federation: "fédérations de cercles : create, join, leave, show, set, history, export, page",
  "federation create": "Fonder une fédération ; ce lieu devient son conseil et son lieu d’annonces.",
  "federation join": "Faire entrer votre cercle dans une fédération (décision du cercle).",
  "federation leave":
    "Sortir votre cercle d’une fédération ; partir est toujours son droit (décision du cercle).",
  "federation show": "Afficher une fédération : ses cercles et leurs personnes déléguées.",
  "federation list": "Lister les fédérations et le nombre de cercles de chacune.",
  "federation set":
    "Changer délai de décision, mandat max., récapitulatif, langue, accès à la page (décision fédérale).",
  "federation history":
    "Ce qui s’est passé dans une fédération et ses cercles ; filtres kind:, person:, from:, until:.",
  "federation export":
    "Le registre d’une fédération en CSV et JSON : liens de téléchargement, ou table: dans le message.",
  "federation page": "Le lien vers la page web d’une fédération : publique, ou signé pour vous (il expire).",
  mandate: "personnes déléguées, avec des mandats limités et datés",
  "mandate grant":
    "Proposer un membre comme délégué·e, avec un mandat limité et daté (décision acceptée par lui/elle).",
  "mandate list": "Lister les personnes déléguées et leurs mandats, d’un cercle ou de toute une fédération.",
  "mandate renew":
    "Renouveler un mandat pour une nouvelle période (décision du cercle, acceptée par le/la délégué·e).",
  "mandate renounce": "Rendre un mandat que vous détenez ; votre cercle et votre fédération sont prévenus.",
  recall:
    "Lancer un vote de révocation dans le cercle d’un·e délégué·e (7 jours max) ; adopté, le mandat cesse",
  rotation: "rôles tournants, annoncés avant et à chaque passation",
  "rotation create":
    "Faire tourner un rôle (porte-parole, trésorerie, garde…) selon un rythme, annoncé automatiquement.",
  "rotation show": "Qui assure un rôle maintenant, et les prochaines passations avec leurs dates.",
  "rotation list": "Les rôles tournants d’un cercle ou d’une fédération, avec qui les assure.",
  "rotation swap":
    "Proposer d’échanger votre prochain tour d’un rôle avec celui de quelqu’un ; effectif s’il accepte.",
  "rotation skip":
    "Passer votre prochain tour d’un rôle ; la personne suivante le prend, vous gardez votre place.",
  "rotation away": "Prévenir votre cercle d’une absence : ses rotations vous sautent jusque-là.",
  "rotation confirm":
    "Confirmer la liste de passation d’une garde (la personne sortante et l’entrante confirment).",
  "rotation name":
    "Pour un rôle fédéral que votre cercle assure : nommer qui le porte (décision acceptée par elle).",
  "rotation edit":
    "Changer le rythme, le préavis ou la liste d’une rotation ; les échanges convenus restent.",
  "rotation end": "Arrêter la rotation d’un rôle ; son histoire reste dans le journal.",
  spokesperson: "porte-parole, chacun·e pour un domaine",
  "spokesperson name":
    "Nommer le/la porte-parole du cercle pour un domaine (décision acceptée par la personne).",
  "spokesperson who": "Qui parle pour un cercle (ou chaque cercle d’une fédération) sur un domaine.",
  poll: "questions posées à un cercle, avec quorum et seuil",
  "poll start": "Poser une question au cercle ; ses membres actuels peuvent voter jusqu’à la clôture.",
  "poll vote": "Voter dans un vote de votre cercle ; vous pouvez changer votre vote jusqu’à la clôture.",
  "poll unvote": "Retirer votre voix d’un vote encore ouvert.",
  "poll show": "Question, options et décomptes d’un vote (un vote secret n’affiche ses totaux qu’à la fin).",
  "poll list": "Les votes ouverts d’un cercle ou des cercles d’une fédération.",
  "poll close": "Clore votre vote avant terme et annoncer le résultat (les révocations vont jusqu’au bout).",
  reflect: "retours d’expérience sur les échecs, partagés avec la fédération : conseil, soutien, aide",
  "reflect share":
    "Partager avec la fédération ce qui a échoué, ce que le cercle en a appris et ce qui aiderait.",
  "reflect list": "Les retours d’expérience, du plus récent ; search:<mots> retrouve les leçons passées.",
  "reflect show": "Un retour d’expérience avec ses conseils, soutiens, offres et note de clôture.",
  "reflect advise": "Répondre à un retour d’expérience par un conseil ; il est gardé avec lui.",
  "reflect affirm":
    "Soutenir un cercle qui a partagé un retour d’expérience (une fois par personne, compté).",
  "reflect resolve": "Clore le retour d’expérience de votre cercle avec une note ; il reste aux archives.",
  aid: "demandes et offres d’entraide entre cercles",
  "aid request": "Demander de l’aide à la fédération : quoi, combien, pour quand et avec quelle urgence.",
  "aid offer":
    "Offrir l’aide de votre cercle à une demande (ou, avec for:reflection, à un retour d’expérience).",
  "aid accept":
    "Accepter une offre faite à la demande de votre cercle ; elle est suivie jusqu’à être honorée.",
  "aid fulfilled":
    "Dire ce qui est arrivé d’une offre acceptée (amount: pour une partie) ; la demande se remplit.",
  "aid give": "Inscrire l’argent donné via une offre dans les comptes des deux cercles, et le compter livré.",
  "aid close": "Clore la demande de votre cercle (satisfaite autrement, ou devenue inutile).",
  "aid list":
    "Les demandes d’aide ouvertes, les plus urgentes et anciennes d’abord (all:yes : aussi les finies).",
  "aid digest":
    "Le rythme du récapitulatif d’entraide (la fédération le change avec /federation set digest:…).",
  ledger: "les comptes ouverts d’un cercle : recettes, dépenses, budgets, contrepassations, export CSV",
  "ledger income": "Enregistrer une recette du cercle ; donation:yes applique la contribution de solidarité.",
  "ledger expense":
    "Enregistrer une dépense avec justificatif : seul·e sous le seuil, au-delà une décision du cercle.",
  "ledger show":
    "Les comptes d’un cercle (totaux, budgets, écritures) ou, avec federation:, ses caisses communes.",
  "ledger export":
    "Exporter les comptes d’un cercle (ou, avec federation:, ses caisses) en CSV, une ligne par ligne.",
  "ledger budget":
    "Fixer un budget du cercle avec ses lignes (décision du cercle) ; les dépenses s’y imputent via line:",
  "ledger set":
    "Décider de la tenue des comptes : seuil de dépense seul·e (threshold:), libellés internes ou non.",
  "ledger reverse": "Annuler une écriture par une contrepassation (rien n’est jamais modifié ni effacé).",
  fund: "les caisses communes de la fédération et sa contribution de solidarité",
  "fund create": "Ouvrir une caisse commune (grève, prisonniers, frais juridiques…) : décision fédérale.",
  "fund pay": "Verser des comptes du cercle à une caisse commune (trésorerie sous le seuil, sinon décision).",
  "fund draw": "Payer un cercle depuis une caisse commune (décision fédérale, une voix par cercle).",
  "fund show": "Une caisse commune : ce qu’elle contient, ce qui l’alimente et tous ses mouvements.",
  "fund list": "Les caisses communes d’une fédération, leur contenu, et ses contributions de solidarité.",
  "fund levy": "Fixer la contribution de solidarité (décision fédérale) : une part des dons va à une caisse.",
  credit: "crédit mutuel entre cercles : soldes à somme nulle, dans des limites",
  "credit pay":
    "Payer un autre cercle en crédit mutuel (trésorerie sous le seuil, sinon décision du cercle).",
  "credit balance":
    "Solde et limite de crédit mutuel de chaque cercle d’une fédération ; la somme est toujours zéro.",
  "credit limit":
    "Fixer jusqu’où sous zéro les cercles peuvent descendre en crédit mutuel (décision fédérale).",
  convergence:
    "les assemblées d’une fédération : dates, RSVP, rappels, ordre du jour, compte rendu, iCalendar",
  "convergence schedule":
    "Programmer une convergence de la fédération (assemblée, congrès…), récurrente ou unique.",
  "convergence list": "Les convergences d’une fédération et la date de leur prochaine réunion.",
  "convergence show": "Une convergence : quand, où, ordre du jour, rappels et qui vient.",
  "convergence rsvp": "Dire si vous venez à une convergence : yes, maybe ou no (la dernière réponse compte).",
  "convergence cancel": "Annuler une convergence : plus de rappels, et la fédération est prévenue.",
  "convergence ics": "Les convergences d’une fédération en flux iCalendar, à importer dans tout agenda.",
  "convergence agenda":
    "Mettre un point à l’ordre du jour de la prochaine réunion d’une convergence, pour votre cercle.",
  "convergence minutes":
    "Consigner le compte rendu d’une convergence (texte, link: ou les deux) et ses décisions.",
  calendar: "le calendrier rituel d’une fédération : commémorations annoncées le jour même",
  "calendar list":
    "Le calendrier rituel d’une fédération : commémorations, et celles annoncées le jour même.",
  "calendar add":
    "Ajouter une commémoration ou un rite au calendrier (annoncé le jour même, sauf announce:no).",
  "calendar remove": "Retirer une entrée du calendrier de la fédération.",
  "calendar announce": "Choisir si une entrée du calendrier est annoncée le jour même.",
  story: "les récits de la fédération : son récit fondateur et des épisodes de son histoire",
  "story add": "Garder un récit de la fédération : son récit fondateur, ou un épisode de son histoire.",
  "story tell": "Raconter un récit de la fédération — le récit fondateur, sauf si vous en nommez un autre.",
  "story list": "Les récits que garde une fédération.",
  "story founding": "Faire d’un récit de la fédération son récit fondateur (décision fédérale).",
  me: "ce que vous montrez de vous hors du chat",
  "me link":
    "Relier vos comptes Matrix et Discord : sans code, en obtenir un ; le saisir depuis l’autre (10 min).",
  "me unlink":
    "Séparer ce compte de la personne à laquelle il était lié (ce qu’il était reste à la personne).",
  "me language":
    "La langue dans laquelle Jura vous parle, partout : en, fr, es, it, ou auto (celle de chaque lieu).",
  "me show-name": "Si votre identifiant peut apparaître hors du chat : exports et pages (non par défaut).",
};
