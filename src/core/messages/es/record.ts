import type { record as en } from "../record.js";
import type { Translation } from "../translation.js";

/**
 * Spanish messages of the open record: the audit log as sentences, history pages, outcomes in
 * lists, agendas and minutes, exports, the federation's page and the consent to show one's handle.
 */
export const record: Translation<typeof en> = {
  "record.system": "Jura",
  "record.someone": "un miembro",
  "record.decided_by": " (decidido por la propuesta #{id})",
  "record.action_unknown": "{actor}: {action}.",

  "record.action.circle.create": "{actor} fundó el círculo “{circle}”.",
  "record.action.circle.join":
    "{actor} se unió a “{circle}”{invited, select, yes { por invitación} other {}}.",
  "record.action.circle.invite": "{actor} invitó a {person} a “{circle}”.",
  "record.action.circle.leave":
    "{actor} dejó “{circle}”{mandates, select, none {} other {; sus mandatos {mandates} terminaron}}.",
  "record.action.circle.set": "{actor} cambió cómo funciona “{circle}”: {changes}.",
  "record.action.circle.remove":
    "{person} fue retirado de “{circle}”{mandates, select, none {} other {; sus mandatos {mandates} terminaron}}.",
  "record.action.federation.create": "{actor} fundó la federación “{federation}”.",
  "record.action.federation.join": "“{circle}” se unió a la federación “{federation}”.",
  "record.action.federation.leave": "“{circle}” dejó la federación “{federation}”.",
  "record.action.federation.set": "“{federation}” cambió cómo funciona: {changes}.",
  "record.action.ledger.income":
    "{actor} anotó {donation, select, yes {una donación} other {un ingreso}} de {amount} en el libro de cuentas de “{circle}” (asiento #{entry}).",
  "record.action.ledger.expense":
    "{actor} anotó un gasto de {amount} en el libro de cuentas de “{circle}” (asiento #{entry}).",
  "record.action.ledger.reverse":
    "{actor} anuló el asiento #{reverses} de las cuentas de “{circle}” (asiento #{entry}).",
  "record.action.ledger.budget": "{actor} fijó un presupuesto para “{circle}”.",
  "record.action.ledger.set": "{actor} cambió cómo lleva “{circle}” sus cuentas: {changes}.",
  "record.action.fund.create": "La federación “{federation}” abrió un fondo común (fondo #{fund}).",
  "record.action.fund.pay": "“{circle}” aportó {amount} al fondo común #{fund} (asiento #{entry}).",
  "record.action.fund.draw":
    "Se retiraron {amount} del fondo común #{fund} de “{federation}” (asiento #{entry}).",
  "record.action.fund.levy":
    "La federación “{federation}” fijó su contribución solidaria para el fondo común #{fund}: {rate} de las donaciones por encima de {threshold}.",
  "record.action.credit.pay": "“{circle}” pagó {amount} en crédito mutuo (asiento #{entry}).",
  "record.action.credit.limit": "La federación “{federation}” fijó un límite de crédito mutuo de {limit}.",
  "record.action.aid.give":
    "“{circle}” dio {amount} por la oferta #{offer}, en las cuentas de ambos círculos (asiento #{entry}).",
  "record.action.mandate.grant": "“{circle}” dio a {delegate} el mandato #{mandate}: {scope}.",
  "record.action.mandate.renew": "“{circle}” renovó el mandato #{mandate}.",
  "record.action.mandate.renounce": "{actor} devolvió el mandato #{mandate} de “{circle}”.",
  "record.action.mandate.expire": "El mandato #{mandate} de “{circle}” expiró.",
  "record.action.mandate.recall": "“{circle}” revocó el mandato #{mandate} mediante la votación #{poll}.",
  "record.action.recall.start":
    "{actor} preguntó a “{circle}” si revocar el mandato #{mandate} (votación #{poll}).",
  "record.action.poll.start": "{actor} abrió la votación #{poll} en “{circle}”: {question}",
  "record.action.poll.vote":
    "{secret, select, yes {Se emitió un voto en la votación secreta #{poll}.} other {{actor} votó la opción {choice} en la votación #{poll}.}}",
  "record.action.poll.unvote":
    "{secret, select, yes {Se retiró un voto de la votación secreta #{poll}.} other {{actor} retiró su voto en la votación #{poll}.}}",
  "record.action.poll.close":
    "Votación #{poll} cerrada: {counts}; votaron {cast} de {eligible}; {winner, select, none {ninguna opción se impuso} other {se impuso la opción {winner}}}.",
  "record.action.proposal.open": "{actor} propuso #{proposal}: {title}",
  "record.action.proposal.passed": "La propuesta #{proposal} se aprobó ({tally}): {title}",
  "record.action.proposal.failed":
    "La propuesta #{proposal} se aprobó ({tally}) pero no se pudo llevar a cabo: {title}",
  "record.action.proposal.rejected": "La propuesta #{proposal} fue rechazada ({tally}): {title}",
  "record.action.proposal.blocked": "La propuesta #{proposal} fue bloqueada ({tally}): {title}",
  "record.action.proposal.lapsed": "La propuesta #{proposal} caducó ({tally}): {title}",
  "record.action.proposal.withdrawn": "{actor} retiró la propuesta #{proposal}: {title}",
  "record.action.rotation.create": "{actor} creó la rotación #{rotation} “{role}”.",
  "record.action.rotation.edit": "{actor} cambió la rotación #{rotation}.",
  "record.action.rotation.end": "{actor} terminó la rotación #{rotation}.",
  "record.action.rotation.swap": "{actor} intercambió un turno de la rotación #{rotation} con {person}.",
  "record.action.rotation.skip": "{actor} se saltó su turno {term} de la rotación #{rotation}.",
  "record.action.rotation.away": "{actor} está ausente desde {from} hasta {until}.",
  "record.action.rotation.confirm": "{actor} confirmó el relevo del turno {term} de la rotación #{rotation}.",
  "record.action.rotation.name": "{actor} nombró a {person} para el turno {term} de la rotación #{rotation}.",
  "record.action.spokesperson.name": "“{circle}” nombró a {person} portavoz sobre {domain}.",
  "record.action.reflect.share": "“{circle}” compartió la reflexión #{reflection}.",
  "record.action.reflect.advise": "{actor} aconsejó sobre la reflexión #{reflection}.",
  "record.action.reflect.affirm": "{actor} respaldó la reflexión #{reflection}.",
  "record.action.reflect.resolve": "“{circle}” cerró la reflexión #{reflection}.",
  "record.action.aid.request": "“{circle}” pidió ayuda a la federación (solicitud #{request}).",
  "record.action.aid.offer": "“{circle}” ofreció ayuda (oferta #{offer}).",
  "record.action.aid.accept": "“{circle}” aceptó la oferta #{offer} para la solicitud #{request}.",
  "record.action.aid.fulfilled": "La oferta #{offer} se cumplió.",
  "record.action.aid.close": "“{circle}” cerró la solicitud #{request}.",
  "record.action.convergence.schedule": "{actor} programó la convergencia #{convergence}: {title}",
  "record.action.convergence.cancel": "La convergencia #{convergence} se canceló.",
  "record.action.convergence.agenda":
    "“{circle}” añadió un punto al orden del día de la convergencia #{convergence}: {text}",
  "record.action.convergence.minutes":
    "{actor} {amended, select, yes {corrigió} other {registró}} el acta de la convergencia #{convergence} del {date}{decisions, select, none {} other {, con las decisiones {decisions}}}.",
  "record.action.calendar.add": "{actor} añadió “{title}” ({date}) al calendario ritual.",
  "record.action.calendar.remove": "{actor} quitó “{title}” del calendario ritual.",
  "record.action.calendar.announce":
    "El día #{ritual} del calendario ritual {announced, select, yes {se anuncia} other {ya no se anuncia}}.",
  "record.action.story.add":
    "{actor} añadió el relato “{title}”{founding, select, yes { como relato fundacional} other {}}.",
  "record.action.story.founding": "El relato #{story} pasó a ser el relato fundacional.",
  "record.action.me.show_name":
    "{actor} {show, select, yes {aceptó} other {ya no acepta}} mostrar su nombre de usuario fuera del chat.",

  "record.history_title":
    "Historial de “{scope}”{filters, select, none {} other { ({filters})}}, lo más reciente primero, horas en {zone}:",
  "record.history_none":
    "No hay nada en el historial de “{scope}”{filters, select, none {} other { ({filters})}}.",
  "record.history_more": "Más antiguo: {command}",
  "record.history_start": "Aquí empieza el registro.",
  "record.history_row": "{when} · {sentence}",
  "record.bad_cursor":
    "before: toma un número de entrada del final de una página del historial, como before:120.",
  "record.bad_kind": "kind: es una parte del historial, como mandate, poll, proposal, circle o aid.",

  "record.show_name_now":
    "{show, select, yes {Tu nombre de usuario se muestra en las exportaciones y en las páginas de las federaciones.} other {Tu nombre de usuario no se muestra fuera del chat: las exportaciones y las páginas dicen “un miembro” en su lugar. /me show-name yes lo cambia.}}",
  "record.show_name_set":
    "{show, select, yes {A partir de ahora tu nombre de usuario puede aparecer en las exportaciones y en las páginas de tus federaciones.} other {Tu nombre de usuario ya no aparece fuera del chat: las exportaciones y las páginas dicen “un miembro” en su lugar.}}",

  "record.agenda_row": "- “{circle}”: {text}",
  "record.agenda_title": "Orden del día de los círculos para el {date}:",
  "record.agenda_added":
    "Añadido al orden del día de la convergencia #{id} “{title}” del {date}, por “{circle}”: {text}\nPuntos hasta ahora: {count}.",
  "record.agenda_none_next": "La convergencia #{id} no tiene ninguna fecha próxima a la que añadir puntos.",
  "record.agenda_full":
    "“{circle}” ya tiene {max} puntos en el orden del día del {date}: es el límite por círculo.",
  "record.minutes_recorded":
    "{amended, select, yes {El acta de la convergencia #{id} “{title}” del {date} queda corregida} other {El acta de la convergencia #{id} “{title}” del {date} queda registrada}}, {decision}.{text, select, none {} other {\n{text}}}{link, select, none {} other {\nActa: {link}}}{decisions, select, none {} other {\nDecisiones tomadas allí: {decisions}}}",
  "record.minutes_empty": "Un acta necesita un texto, un link:, o ambos.",
  "record.minutes_no_date":
    "La convergencia #{id} aún no se ha reunido{day, select, none {} other { el {day}}}: el acta se registra después de la reunión (on:<fecha> indica una fecha pasada).",
  "record.minutes_bad_link": "un enlace que empiece por https:// o http://",
  "record.minutes_bad_decisions": "números de propuesta como 12 14",
  "record.minutes_foreign_decision":
    "La propuesta #{id} no es una decisión de “{federation}” ni de uno de sus círculos.",
  "record.minutes_row":
    "Acta del {date}{text, select, none {} other {: {text}}}{link, select, none {} other { ({link})}}",
  "record.decision_row": "- propuesta #{id}: {title} ({outcome})",
  "record.convergence_decisions": "Decisiones tomadas allí:",
  "record.minutes_by_creator": "por el círculo que la programó",

  "record.page_link":
    "{visibility, select, public {La página de “{federation}” es pública: {url}} other {La página de “{federation}”, para ti como miembro: {url}\nEl enlace funciona hasta el {until}; no lo compartas (una nueva visibilidad revoca todos los enlaces).}}",
  "record.page_off":
    "La página de “{federation}” está desactivada: nadie puede leerla ni descargar su registro por la web. Lo decide la federación: /federation set {quoted} page:members (un enlace para los miembros) o page:public.",
  "record.export_links":
    "El registro de “{scope}”{visibility, select, members { (enlace para ti como miembro, hasta el {until})} other {}}:\nJSON: {json}\nCSV: {csv}",
  "record.export_off":
    "Las descargas de “{scope}” están desactivadas, como decidió su federación{inline, select, yes {; aquí lo tienes como mensaje:} other {.}}",
  "record.export_chat_only":
    "“{scope}” no pertenece a ninguna federación, así que no tiene página web; aquí está su registro como mensaje:",
  "record.export_too_long":
    "La tabla {table} tiene {rows} filas: demasiado larga para un mensaje. {links, select, yes {Usa los enlaces de arriba.} other {Pide una tabla cada vez con table:, o un enlace a la página de la federación.}}",
  "record.export_table": "{table}.{format}:",
  "record.page_setting": "su página es {visibility}",

  "page.title": "{federation}: el registro abierto",
  "page.summary":
    "{circles, plural, one {# círculo} other {# círculos}} · {members, plural, one {# miembro} other {# miembros}} · {proposals, plural, one {# propuesta abierta} other {# propuestas abiertas}} · {aid, plural, one {# solicitud de ayuda abierta} other {# solicitudes de ayuda abiertas}}",
  "page.sections": "Secciones",
  "page.h.circles": "Círculos",
  "page.h.roles": "Roles y mandatos",
  "page.h.mandates": "Delegados y sus mandatos",
  "page.h.rotations": "Roles rotativos",
  "page.h.spokespersons": "Portavoces",
  "page.h.decisions": "Decisiones",
  "page.h.open": "Propuestas abiertas",
  "page.h.outcomes": "Resultados recientes",
  "page.h.aid": "Apoyo mutuo",
  "page.h.treasury": "Cuentas y fondos",
  "page.h.books": "Lo que tiene cada círculo",
  "page.h.funds": "Fondos comunes",
  "page.h.credit": "Crédito mutuo",
  "page.books": "“{circle}” ({unit}): tiene {cash}; ha ingresado {income} y gastado {expenses}",
  "page.fund": "{name}: {balance}{purpose, select, none {} other { · {purpose}}}",
  "page.credit": "“{circle}”: {balance} (puede bajar hasta menos {limit})",
  "page.h.convergences": "Convergencias",
  "page.h.calendar": "Calendario ritual",
  "page.h.stories": "Relatos",
  "page.h.downloads": "Descargas",
  "page.col.circle": "Círculo",
  "page.col.members": "Miembros",
  "page.col.purpose": "Propósito",
  "page.mandate": "Mandato #{id}: {delegate} por “{circle}”: {scope}, hasta el {until}",
  "page.rotation":
    "{role} de “{of}”: {circle, select, none {{person}} other {“{circle}”{person, select, none {} other { ({person})}}}}{next, select, none {} other {, próximo relevo {next}}}",
  "page.spokesperson": "{domain}: {person} de “{circle}”",
  "page.open_proposal": "#{id} “{scope}”: {title}, abierta hasta el {closes}",
  "page.outcome": "{kind, select, poll {Votación} other {Propuesta}} #{id} “{scope}”: {title}: {outcome}",
  "page.aid_request":
    "Solicitud #{id} de “{circle}”: {what}{amount, select, none {} other { ({amount})}}, urgencia {urgency}, {status}, necesaria para el {by}",
  "page.aid_offer": "“{circle}” ofrece: {what} ({status})",
  "page.convergence":
    "{title}: {next, select, none {sin fecha próxima} other {próxima {next}}}{where, select, none {} other {, {where}}}{cadence, select, none {} other {, {cadence}}}",
  "page.minutes": "Acta del {date}",
  "page.minutes_link": "el acta",
  "page.ritual": "{date}: {title}",
  "page.founding": "El relato fundacional",
  "page.none": "Todavía nada.",
  "page.download_json": "Todo el registro en JSON",
  "page.download_csv": "{table} en CSV",
  "page.download_ics": "Las convergencias como calendario iCalendar",
  "page.footer":
    "Hecho por Jura el {at}; las horas están en {zone}. El nombre de usuario de una persona solo aparece si lo ha aceptado.",
  "page.off": "Esta página no está publicada.",
  "page.link_needed":
    "Esta página es para los miembros de la federación: pide un enlace a Jura en el chat con /federation page {federation}.",
  "page.not_found": "No existe esa federación.",

  "record.poll_outcome":
    "cerrada: {counts}; {winner, select, none {ninguna opción se impuso} other {se impuso: {winner}}}",
  "record.proposal_outcome": "{status} ({tally})",
  "record.mandate_ended.expired": "expiró {when}",
  "record.mandate_ended.recalled": "revocado {when}{decision, select, none {} other { por {decision}}}",
  "record.mandate_ended.renounced": "devuelto por el delegado {when}",
  "record.mandate_ended.left": "terminado {when}: el delegado dejó el círculo",
  "record.mandate_ended.removed":
    "terminado {when}: el delegado fue retirado del círculo{decision, select, none {} other { por {decision}}}",
  "record.decision_ref.poll": "votación #{id}",
  "record.decision_ref.proposal": "propuesta #{id}",
};
