import type { governance as en } from "../governance.js";
import type { Translation } from "../translation.js";

/** Spanish messages of circle and federation decisions: policies, proposals, recall bounds, consent of the people named. */
export const governance: Translation<typeof en> = {
  "policy.member": "Solo los miembros de “{circle}” pueden hacer eso, y tú no eres uno de ellos.",
  "policy.federation_member": "Solo los miembros de un círculo de “{federation}” pueden hacer eso.",
  "policy.person": "Solo la persona a quien concierne puede hacer eso.",
  "policy.wrong_decision": "Esa decisión no la tomó “{circle}”, así que no puede aplicarla.",

  "proposal.opened":
    "Propuesta #{id} de “{circle}”, de {proposer}: {title}{reason, select, none {} other {\nPor qué: {reason}}}\n{rule}{concerned, select, none {} other {\nTambién necesita el acuerdo de {concerned}, que aparece nombrado en ella.}}\nResponde con /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <motivo> · /proposal block {id} <motivo>",
  "proposal.opened_federation":
    "Propuesta de federación #{id} de “{federation}”, de {proposer} de “{circle}”: {title}{reason, select, none {} other {\nPor qué: {reason}}}\nCada círculo tiene una voz: responde su delegado, o el círculo decide con /proposal agree {id} circle:<círculo>. Se aprueba el {closes} si al menos un círculo está de acuerdo y ninguno se opone; una objeción la convierte en una votación de los círculos.\nResponde con /proposal agree {id} · /proposal abstain {id} · /proposal object {id} <motivo> · /proposal block {id} <motivo>",
  "proposal.asked":
    "{person}, {proposer} pide tu acuerdo (propuesta #{id}): {title}\nSolo tiene efecto si aceptas: /proposal agree {id}, o recházala con /proposal object {id}, hasta el {closes}.",
  "proposal.rule_consent":
    "“{circle}” decide por consentimiento hasta el {closes}: se aprueba si otro miembro está de acuerdo y nadie se opone; una objeción la convierte en una votación.",
  "proposal.rule_majority":
    "“{circle}” decide por mayoría: una votación hasta el {closes}; se aprueba si responde al menos la mitad de los miembros y más de la mitad de las respuestas están de acuerdo.",
  "proposal.posted_here":
    "La propuesta #{id} está abierta: {title}. Se publica abajo para quienes la deciden.",
  "proposal.not_found": "No hay ninguna propuesta #{id}.",
  "proposal.closed": "La propuesta #{id} ya está {status}.",
  "proposal.no_voice":
    "No tienes voz en la propuesta #{id}: la deciden quienes eran miembros de “{circle}” cuando se abrió (o la persona a quien se le pide), y un miembro sobre quien trata una decisión no la decide.",
  "proposal.answer_title": "responder {answer} a la propuesta de federación #{id} de “{federation}”: {title}",
  "proposal.not_delegate_circle": "“{circle}” no tiene voz en la propuesta de federación #{id}.",
  "proposal.which_circle":
    "Perteneces a varios círculos de “{federation}”: {circles}. Indica cuál responde con circle:<nombre>.",
  "proposal.reason_needed":
    "Di por qué: una objeción o un bloqueo necesita un motivo al que los demás puedan responder.",
  "proposal.answered":
    "Tu respuesta a la propuesta #{id} queda registrada: {answer}. Puedes cambiarla hasta que se cierre.",
  "proposal.answered_for":
    "“{circle}” responde a la propuesta de federación #{id}: {answer} (dada por {person} con el mandato #{mandate}).",
  "proposal.answered_by_decision": "“{circle}” responde a la propuesta de federación #{id}: {answer}.",
  "proposal.not_opener": "Solo {person}, que hizo la propuesta #{id}, puede retirarla.",
  "proposal.withdrawn": "{person} retira la propuesta #{id}: {title}",
  "proposal.to_vote":
    "La propuesta #{id} de “{scope}” ha recibido objeciones:\n{objections}\nAhora se vota hasta el {closes}: responde /proposal agree {id} o /proposal object {id} <motivo>.",
  "proposal.passed": "La propuesta #{id} de “{scope}” se ha aprobado ({tally}): {title}",
  "proposal.passed_effect": "La propuesta #{id} de “{scope}” se ha aprobado ({tally}).\n{effect}",
  "proposal.failed":
    "La propuesta #{id} de “{scope}” se ha aprobado ({tally}), pero no se ha podido llevar a cabo: {problem}",
  "proposal.rejected_declined": "{person} rechaza la propuesta #{id}: {title}",
  "proposal.rejected_vote": "La propuesta #{id} de “{scope}” no ha superado la votación ({tally}): {title}",
  "proposal.rejected_quorum":
    "La propuesta #{id} de “{scope}” no se ha aprobado: respondieron menos de la mitad de las voces ({tally}): {title}",
  "proposal.blocked": "La propuesta #{id} de “{scope}” está bloqueada ({tally}):\n{objections}\n{title}",
  "proposal.lapsed_support":
    "La propuesta #{id} de “{scope}” ha caducado: nadie aparte de quien la propuso estuvo de acuerdo ({tally}): {title}",
  "proposal.lapsed_acceptance": "La propuesta #{id} ha caducado: {person} no la aceptó a tiempo: {title}",
  "proposal.reminder":
    "La propuesta #{id} de “{scope}” se cierra {closes}: {title}\nAún sin responder: {silent}. Responde con /proposal agree {id}, abstain, object o block.",
  "proposal.tally":
    "{agree} a favor, {abstain, plural, one {# abstención} other {# abstenciones}}, {object, plural, one {# objeción} other {# objeciones}}, {block, plural, one {# bloqueo} other {# bloqueos}}, {silent} sin responder",
  "proposal.objection": "- {voice} {answer, select, block {bloquea} other {se opone}}: {reason}",
  "proposal.none": "No hay propuestas abiertas.",
  "proposal.none_all": "Todavía no hay propuestas.",
  "proposal.list_title": "Propuestas ({count}):",
  "proposal.list_row": "- #{id} “{scope}”: {title} ({state})",
  "proposal.state_open": "abierta hasta el {closes}",
  "proposal.state_vote": "en votación hasta el {closes}",
  "proposal.show":
    "Propuesta #{id} de “{scope}”, de {proposer} ({state}): {title}{reason, select, none {} other {\nPor qué: {reason}}}\n{tally}{answers, select, none {} other {\n{answers}}}",
  "proposal.answer_row": "- {voice}: {answer}{reason, select, none {} other { — {reason}}}",
  "proposal.plain_title": "{text}",

  "decision.by_circle": "según decidió “{circle}” (propuesta #{id}: {agree} a favor, {object} en contra)",
  "decision.by_federation":
    "según decidió la federación “{federation}” (propuesta #{id}: {agree, plural, one {# círculo} other {# círculos}} a favor, {object} en contra)",
  "decision.by_person": "con el acuerdo de {person} (propuesta #{id})",

  "recall.self":
    "No puedes iniciar la revocación de tu propio mandato; tu círculo sí puede, en cualquier momento.",
  "recall.too_long": "una votación de revocación se cierra en {days} días como máximo",
  "recall.bounds":
    "las reglas de revocación pueden hacerla más fácil, nunca más difícil: un quórum del 50 % como máximo, y una revocación aprobada por más de la mitad de los votos emitidos o menos",
  "circle.born":
    "Ha nacido el círculo “{circle}”, con su casa aquí. Está abierto por invitación: invita a gente con /circle invite @alguien, y se unen con /circle join {circle}.",
  "circle.born_open":
    "Ha nacido el círculo “{circle}”, con su casa aquí. Cualquiera puede unirse con: /circle join {circle}",
  "circle.updated": "“{circle}” actualizado, {decision}: {changes}.",
  "circle.setting_purpose": "propósito “{value}”",
  "circle.setting_timezone": "zona horaria {value}",
  "circle.setting_home": "casa {value}",
  "circle.setting_open": "{value, select, yes {abierto a cualquiera} other {abierto por invitación}}",
  "circle.setting_recall_quorum": "quórum de revocación {value} %",
  "circle.setting_recall_threshold": "una revocación necesita más del {value} % de los votos",
  "circle.setting_rule": "decide {value, select, majority {por mayoría} other {por consentimiento}}",
  "circle.setting_window": "plazo de decisión {value}",
  "federation.joined":
    "El círculo “{circle}” ({size, plural, one {# miembro} other {# miembros}}) se ha unido a la federación “{federation}”, {decision}.",
  "federation.joined_reply":
    "“{circle}” ya forma parte de “{federation}”, {decision}. Se ha avisado a la federación.",
  "federation.left": "El círculo “{circle}” ha dejado la federación “{federation}”, {decision}.",
  "federation.left_reply": "“{circle}” ha dejado “{federation}”, {decision}. Se ha avisado a la federación.",
  "federation.updated": "“{federation}” actualizada, {decision}: {changes}.",
  "federation.setting_window": "plazo de decisión {value}",
  "federation.setting_mandate": "los mandatos duran como máximo {value} días",
  "federation.setting_digest": "un resumen de apoyo mutuo cada {value} días",
  "federation.nothing_to_change": "Nada que cambiar: indica window:…, mandate_max:… o digest:…",
  "mandate.granted": "Mandato {mandate}, {decision}. El círculo puede revocarlo en cualquier momento.",
  "mandate.granted_federation":
    "Nuevo delegado: mandato {mandate}, {decision}. El círculo puede revocarlo en cualquier momento.",
  "mandate.renewed": "Renovado: mandato {mandate}, {decision}.",
  "decision.by_creator": "por el círculo que la programó",
  "convergence.cancelled": "La convergencia #{id} “{title}” queda cancelada, {decision}.",
  "convergence.cancelled_reply":
    "La convergencia #{id} “{title}” queda cancelada, {decision}; se avisa a la federación.",
  "story.founding_set":
    "El relato #{id} “{title}” es ahora el relato fundacional de “{federation}”, {decision}.",
  "story.not_found": "“{federation}” no tiene ningún relato #{id}.",
  "decision.self": "por la persona interesada",
  "rotation.swapped":
    "Intercambio hecho, {decision}: {other} toma el turno {mine} ({mineAt}), {me} toma el turno {theirs} ({theirsAt}).",
  "rotation.named":
    "“{circle}” nombra a {person} como {role} de “{federation}” para el turno {term}, {decision}.",
  "spokesperson.named":
    "{person} es portavoz de “{circle}” sobre {domain}, y solo sobre {domain}, {decision}.",
  "poll.secret_in_public":
    "La votación #{id} es secreta: vota donde nadie más lo vea — en un mensaje directo conmigo en Matrix, o con el comando de barra poll vote de Discord. Este voto no se ha contado.",
  "poll.secret_counted":
    "Tu voto secreto en la votación #{id} se ha contado; solo tú ves esto. Puedes cambiarlo hasta el {until}.",
  "poll.secret_running":
    "Votación secreta: {voters, plural, one {# miembro puede} other {# miembros pueden}} votar; los resultados se muestran al cerrarse.",
  "poll.secret_how":
    "Votación secreta: vota donde nadie más lo vea, hasta el {until} — en un mensaje directo conmigo: /poll vote {id} <número>, o con el comando de barra /poll vote. Solo se muestran los totales, una vez cerrada.",
  "recall.opened":
    "La votación de revocación #{id} sobre {person} está abierta hasta el {closes}: se aprueba si vota al menos el {quorum} % del círculo y más del {threshold} % de los votos emitidos están a favor de la revocación.",
  "help.policy.anyone": "Cualquiera puede usarlo.",
  "help.policy.member": "Los miembros del círculo pueden usarlo.",
  "help.policy.federation-member": "Los miembros de los círculos de la federación pueden usarlo.",
  "help.policy.circle-decision":
    "Decide el círculo: el comando de un miembro abre una propuesta, y tiene efecto cuando la propuesta se aprueba.",
  "help.policy.federation-decision":
    "Decide la federación, una voz por círculo: el comando de un miembro abre una propuesta de federación.",
  "help.policy.creator-circle":
    "El círculo que lo creó puede cambiarlo; otro círculo de la federación abre una propuesta de federación.",
  "help.policy.person-concerned": "Solo la persona a quien concierne puede usarlo.",
  "help.policy.acceptance": "Un miembro lo pide, y tiene efecto cuando la persona nombrada acepta.",
  "help.policy_circle": "Para un círculo: {text}",
  "help.policy_federation": "Para una federación: {text}",
  "rotation.created":
    "Rotación “{role}” de “{name}” creada{decision, select, none {} other {, {decision}}}: {holder} la ocupa desde ahora (turno 1). Los próximos relevos:",
  "rotation.created_nobody":
    "Rotación “{role}” de “{name}” creada{decision, select, none {} other {, {decision}}}: todavía no hay nadie disponible para ocuparla. Los próximos relevos:",
  "rotation.first_circle":
    'Tu círculo ocupa {role} de “{federation}” desde ahora (turno 1). Nombra a tu persona con: /rotation name {rotation} @persona federation:"{federation}"',
  "convergence.no_more": "La convergencia #{id} no tiene más fechas a las que responder.",
  "circle.setting_quiet":
    "{value, select, none {todos los avisos de la federación llegan a su sala} other {deja fuera de su sala: {value}}}",
  "circle.quiet_kinds": "indica algunos de convergences, calendar, digest, separados por comas (o none)",
  "circle.remove_self": "No puedes quitarte a ti mismo por decisión; sal con /circle leave.",
  "circle.not_a_member": "{person} no es miembro de “{circle}”.",
  "circle.removed": "{person} ya no es miembro de “{circle}”, {decision}.",
  "circle.removed_mandates": "Sus mandatos {ids} han terminado.",
  "circle.window": "un plazo de decisión entre 12h y 14d, como 48h o 3d",
  "mandate.too_long_federation":
    "un mandato de “{federation}” dura como máximo {days} días; renuévalo cuando termine",
  "spokesperson.replaced":
    "{previous} ya no es portavoz de “{circle}” sobre {domain}: ahora lo es {person}, y solo sobre {domain}, {decision}.",
  "story.founding_exists":
    "“{federation}” ya tiene un relato fundacional (#{id}). Para que este sea el relato fundacional, añádelo y después propón /story founding <id>.",
};
