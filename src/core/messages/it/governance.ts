import type { governance as en } from "../governance.js";
import type { Translation } from "../translation.js";

/** Italian messages of circle and federation decisions: policies, proposals, recall bounds, consent of the people named. */
export const governance: Translation<typeof en> = {
  "policy.member": "Solo i membri di “{circle}” possono farlo, e tu non lo sei.",
  "policy.federation_member": "Solo i membri di un cerchio di “{federation}” possono farlo.",
  "policy.person": "Solo la persona interessata può farlo.",
  "policy.wrong_decision": "Quella decisione non è stata presa da “{circle}”, quindi non può applicarla.",

  "proposal.opened":
    "Proposta #{id} di “{circle}”, da {proposer}: {title}{reason, select, none {} other {\nPerché: {reason}}}\n{rule}{concerned, select, none {} other {\nServe anche l’accordo di {concerned}, che vi è nominato.}}\nRispondi con /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <motivo> · /proposal block {id} <motivo>",
  "proposal.opened_federation":
    "Proposta di federazione #{id} di “{federation}”, da {proposer} di “{circle}”: {title}{reason, select, none {} other {\nPerché: {reason}}}\nOgni cerchio ha una voce: risponde il suo delegato, oppure il cerchio decide con /proposal agree {id} circle:<cerchio>. Passa il {closes} se almeno un cerchio è d’accordo e nessun cerchio si oppone; un’obiezione la trasforma in una votazione dei cerchi.\nRispondi con /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <motivo> · /proposal block {id} <motivo>",
  "proposal.asked":
    "{person}, {proposer} chiede il tuo accordo (proposta #{id}): {title}\nHa effetto solo se accetti: /proposal agree {id}, oppure rifiuta con /proposal object {id}, entro il {closes}.",
  "proposal.rule_consent":
    "“{circle}” decide per consenso fino al {closes}: passa se un altro membro è d’accordo e nessuno si oppone; un’obiezione la trasforma in una votazione.",
  "proposal.rule_majority":
    "“{circle}” decide a maggioranza: una votazione fino al {closes}; passa se risponde almeno metà dei membri e più di metà delle risposte è d’accordo.",
  "proposal.posted_here": "La proposta #{id} è aperta: {title}. È pubblicata qui sotto per chi la decide.",
  "proposal.not_found": "Non c’è nessuna proposta #{id}.",
  "proposal.closed": "La proposta #{id} è già {status}.",
  "proposal.no_voice":
    "Non hai voce nella proposta #{id}: la decide chi era membro di “{circle}” quando è stata aperta (o la persona a cui è rivolta), e un membro su cui verte una decisione non la decide.",
  "proposal.answer_title":
    "rispondere {answer} alla proposta di federazione #{id} di “{federation}”: {title}",
  "proposal.not_delegate_circle": "“{circle}” non ha voce nella proposta di federazione #{id}.",
  "proposal.which_circle":
    "Fai parte di più cerchi di “{federation}”: {circles}. Indica quale risponde con circle:<nome>.",
  "proposal.reason_needed":
    "Di’ perché: un’obiezione o un blocco ha bisogno di un motivo a cui gli altri possano rispondere.",
  "proposal.answered":
    "La tua risposta alla proposta #{id} è registrata: {answer}. Puoi cambiarla fino alla chiusura.",
  "proposal.answered_for":
    "“{circle}” risponde alla proposta di federazione #{id}: {answer} (data da {person} con il mandato #{mandate}).",
  "proposal.answered_by_decision": "“{circle}” risponde alla proposta di federazione #{id}: {answer}.",
  "proposal.not_opener": "Solo {person}, che ha fatto la proposta #{id}, può ritirarla.",
  "proposal.withdrawn": "La proposta #{id} è ritirata da {person}: {title}",
  "proposal.to_vote":
    "La proposta #{id} di “{scope}” ha ricevuto obiezioni:\n{objections}\nOra è una votazione fino al {closes}: rispondi /proposal agree {id} o /proposal object {id} <motivo>.",
  "proposal.passed": "La proposta #{id} di “{scope}” è passata ({tally}): {title}",
  "proposal.passed_effect": "La proposta #{id} di “{scope}” è passata ({tally}).\n{effect}",
  "proposal.failed":
    "La proposta #{id} di “{scope}” è passata ({tally}), ma non è stato possibile attuarla: {problem}",
  "proposal.rejected_declined": "La proposta #{id} è rifiutata da {person}: {title}",
  "proposal.rejected_vote": "La proposta #{id} di “{scope}” non ha superato la votazione ({tally}): {title}",
  "proposal.rejected_quorum":
    "La proposta #{id} di “{scope}” non è passata: ha risposto meno di metà delle voci ({tally}): {title}",
  "proposal.blocked": "La proposta #{id} di “{scope}” è bloccata ({tally}):\n{objections}\n{title}",
  "proposal.lapsed_support":
    "La proposta #{id} di “{scope}” è decaduta: nessuno oltre a chi l’ha proposta è stato d’accordo ({tally}): {title}",
  "proposal.lapsed_acceptance": "La proposta #{id} è decaduta: {person} non l’ha accettata in tempo: {title}",
  "proposal.reminder":
    "La proposta #{id} di “{scope}” si chiude {closes}: {title}\nAncora senza risposta: {silent}. Rispondi con /proposal agree {id}, abstain, object o block.",
  "proposal.tally":
    "{agree} d’accordo, {abstain, plural, one {# astenuto} other {# astenuti}}, {object, plural, one {# obiezione} other {# obiezioni}}, {block, plural, one {# blocco} other {# blocchi}}, {silent} senza risposta",
  "proposal.objection": "- {voice} {answer, select, block {blocca} other {obietta}}: {reason}",
  "proposal.none": "Nessuna proposta aperta.",
  "proposal.none_all": "Ancora nessuna proposta.",
  "proposal.list_title": "Proposte ({count}):",
  "proposal.list_row": "- #{id} “{scope}”: {title} ({state})",
  "proposal.state_open": "aperta fino al {closes}",
  "proposal.state_vote": "in votazione fino al {closes}",
  "proposal.show":
    "Proposta #{id} di “{scope}”, da {proposer} ({state}): {title}{reason, select, none {} other {\nPerché: {reason}}}\n{tally}{answers, select, none {} other {\n{answers}}}",
  "proposal.answer_row": "- {voice}: {answer}{reason, select, none {} other { — {reason}}}",
  "proposal.plain_title": "{text}",

  "decision.by_circle":
    "come deciso da “{circle}” (proposta #{id}: {agree} d’accordo, {object, plural, one {# contrario} other {# contrari}})",
  "decision.by_federation":
    "come deciso dalla federazione “{federation}” (proposta #{id}: {agree, plural, one {# cerchio} other {# cerchi}} d’accordo, {object, plural, one {# contrario} other {# contrari}})",
  "decision.by_person": "con l’accordo di {person} (proposta #{id})",

  "recall.self":
    "Non puoi avviare la revoca del tuo stesso mandato; il tuo cerchio può farlo, in qualsiasi momento.",
  "recall.too_long": "una votazione di revoca si chiude entro {days} giorni",
  "recall.bounds":
    "le regole di revoca possono renderla più facile, mai più difficile: quorum al massimo del 50 %, e una revoca approvata da più di metà dei voti espressi o meno",
  "circle.born":
    "È nato il cerchio “{circle}”, con la sua sede qui. È aperto su invito: invita persone con /circle invite @qualcuno, ed entrano con /circle join {circle}.",
  "circle.born_open":
    "È nato il cerchio “{circle}”, con la sua sede qui. Chiunque può entrare con: /circle join {circle}",
  "circle.updated": "“{circle}” aggiornato, {decision}: {changes}.",
  "circle.setting_purpose": "scopo “{value}”",
  "circle.setting_timezone": "fuso orario {value}",
  "circle.setting_home": "sede {value}",
  "circle.setting_open": "{value, select, yes {aperto a chiunque} other {aperto su invito}}",
  "circle.setting_recall_quorum": "quorum di revoca {value} %",
  "circle.setting_recall_threshold": "una revoca richiede più del {value} % dei voti",
  "circle.setting_rule": "decide {value, select, majority {a maggioranza} other {per consenso}}",
  "circle.setting_window": "finestra di decisione {value}",
  "federation.joined":
    "Il cerchio “{circle}” ({size, plural, one {# membro} other {# membri}}) è entrato nella federazione “{federation}”, {decision}.",
  "federation.joined_reply":
    "“{circle}” ora fa parte di “{federation}”, {decision}. La federazione è stata avvisata.",
  "federation.left": "Il cerchio “{circle}” ha lasciato la federazione “{federation}”, {decision}.",
  "federation.left_reply":
    "“{circle}” ha lasciato “{federation}”, {decision}. La federazione è stata avvisata.",
  "federation.updated": "“{federation}” aggiornata, {decision}: {changes}.",
  "federation.setting_window": "finestra di decisione {value}",
  "federation.setting_mandate": "i mandati durano al massimo {value} giorni",
  "federation.setting_digest": "un riepilogo di mutuo aiuto ogni {value} giorni",
  "federation.nothing_to_change": "Niente da cambiare: indica window:…, mandate_max:… o digest:…",
  "mandate.granted": "Mandato {mandate}, {decision}. Il cerchio può revocarlo in qualsiasi momento.",
  "mandate.granted_federation":
    "Nuovo delegato: mandato {mandate}, {decision}. Il cerchio può revocarlo in qualsiasi momento.",
  "mandate.renewed": "Rinnovato: mandato {mandate}, {decision}.",
  "decision.by_creator": "dal cerchio che l’ha programmata",
  "convergence.cancelled": "La convergenza #{id} “{title}” è annullata, {decision}.",
  "convergence.cancelled_reply":
    "La convergenza #{id} “{title}” è annullata, {decision}; la federazione viene avvisata.",
  "story.founding_set":
    "Il racconto #{id} “{title}” è ora il racconto fondativo di “{federation}”, {decision}.",
  "story.not_found": "“{federation}” non ha nessun racconto #{id}.",
  "decision.self": "dalla persona interessata",
  "rotation.swapped":
    "Scambio fatto, {decision}: {other} prende il turno {mine} ({mineAt}), {me} prende il turno {theirs} ({theirsAt}).",
  "rotation.named":
    "“{circle}” nomina {person} come {role} di “{federation}” per il turno {term}, {decision}.",
  "spokesperson.named": "{person} è portavoce di “{circle}” su {domain}, e solo su {domain}, {decision}.",
  "poll.secret_in_public":
    "La votazione #{id} è a scrutinio segreto: vota dove nessun altro lo vede — in un messaggio diretto con me su Matrix, o con il comando slash poll vote di Discord. Questo voto non è stato contato.",
  "poll.secret_counted":
    "Il tuo voto segreto nella votazione #{id} è stato contato; lo vedi solo tu. Puoi cambiarlo fino al {until}.",
  "poll.secret_running":
    "Scrutinio segreto: {voters, plural, one {# membro può} other {# membri possono}} votare; i risultati vengono mostrati alla chiusura.",
  "poll.secret_how":
    "Scrutinio segreto: vota dove nessun altro lo vede, fino al {until} — in un messaggio diretto con me: /poll vote {id} <numero>, o con il comando slash /poll vote. Vengono mostrati solo i totali, a votazione chiusa.",
  "recall.opened":
    "La votazione di revoca #{id} su {person} è aperta fino al {closes}: passa se vota almeno il {quorum} % del cerchio e più del {threshold} % dei voti espressi è per la revoca.",
  "help.policy.anyone": "Chiunque può usarlo.",
  "help.policy.member": "I membri del cerchio possono usarlo.",
  "help.policy.federation-member": "I membri dei cerchi della federazione possono usarlo.",
  "help.policy.circle-decision":
    "Decide il cerchio: il comando di un membro apre una proposta, che ha effetto quando la proposta passa.",
  "help.policy.federation-decision":
    "Decide la federazione, una voce per cerchio: il comando di un membro apre una proposta di federazione.",
  "help.policy.creator-circle":
    "Il cerchio che l’ha creata può modificarla; un altro cerchio della federazione apre una proposta di federazione.",
  "help.policy.person-concerned": "Solo la persona interessata può usarlo.",
  "help.policy.acceptance": "Un membro chiede, e ha effetto quando la persona nominata accetta.",
  "help.policy_circle": "Per un cerchio: {text}",
  "help.policy_federation": "Per una federazione: {text}",
  "rotation.created":
    "Rotazione “{role}” di “{name}” creata{decision, select, none {} other {, {decision}}}: {holder} la ricopre da ora (turno 1). I prossimi passaggi di consegne:",
  "rotation.created_nobody":
    "Rotazione “{role}” di “{name}” creata{decision, select, none {} other {, {decision}}}: per ora nessuno è libero di ricoprirla. I prossimi passaggi di consegne:",
  "rotation.first_circle":
    'Il tuo cerchio ricopre {role} di “{federation}” da ora (turno 1). Nomina la tua persona con: /rotation name {rotation} @persona federation:"{federation}"',
  "convergence.no_more": "La convergenza #{id} non ha più date a cui rispondere.",
  "circle.setting_quiet":
    "{value, select, none {ogni annuncio della federazione arriva nella sua stanza} other {tiene fuori dalla sua stanza: {value}}}",
  "circle.quiet_kinds": "indica alcuni tra convergences, calendar, digest, separati da virgole (o none)",
  "circle.remove_self": "Non puoi rimuovere te stesso per decisione; esci con /circle leave.",
  "circle.not_a_member": "{person} non è membro di “{circle}”.",
  "circle.removed": "{person} non è più membro di “{circle}”, {decision}.",
  "circle.removed_mandates": "I suoi mandati {ids} sono terminati.",
  "circle.window": "una finestra di decisione tra 12h e 14d, come 48h o 3d",
  "mandate.too_long_federation":
    "un mandato di “{federation}” dura al massimo {days} giorni; rinnovalo quando scade",
  "spokesperson.replaced":
    "{previous} non è più portavoce di “{circle}” su {domain}: ora lo è {person}, e solo su {domain}, {decision}.",
  "story.founding_exists":
    "“{federation}” ha già un racconto fondativo (#{id}). Per rendere questo il racconto fondativo, aggiungilo e poi proponi /story founding <id>.",
};
