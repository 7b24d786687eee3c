import type { replies as en } from "../replies.js";
import type { Translation } from "../translation.js";

export const replies: Translation<typeof en> = {
  "aid.offer_accepted_notice":
    "“{circle}” aceptó tu oferta #{offer} ({what}). Avisa cuando esté hecho: /aid fulfilled {offer}.",
  "aid.offer_accepted": "La oferta #{offer} queda aceptada para la solicitud #{request}.",
  "aid.request_closed_notice": "“{circle}” cerró la solicitud #{request} ({what}).",
  "aid.request_closed": "La solicitud #{request} está cerrada.",
  "aid.none_yet": "Todavía no hay solicitudes de ayuda.",
  "aid.none_open": "No hay solicitudes de ayuda abiertas.",
  "poll.published_title": "Votación #{id} de “{circle}”: {question}",
  "poll.new_notice": "“{circle}” tiene una votación nueva, #{id}: {question} (/poll show {id}).",
  "poll.vote_how": "Vota con: /poll vote {id} <número u opción>, hasta el {until}.",
  "poll.rules": "Quórum {quorum} %; una opción necesita más del {threshold} % de los votos.",
  "poll.too_long": "una votación dura como mucho {days} días",
  "recall.poll_title":
    "Votación de revocación #{id}: ¿debe “{circle}” revocar a {person} del mandato #{mandate} ({scope})? Responde recall o keep.",
  "recall.federation_notice":
    "“{circle}” vota la revocación de su delegado {person} (mandato #{mandate}) hasta el {closes}.",
  "mandate.none_in":
    "{all, select, yes {No hay mandatos en “{scope}”.} other {No hay mandatos vigentes en “{scope}”.}}",
  "mandate.list_title": "Mandatos en “{scope}” ({count}):",
  "mandate.line": "#{id} {delegate} para “{circle}”: {scope} ({span})",
  "mandate.until": "hasta el {when}",
  "convergence.rsvp_noted":
    "Anotado: {answer, select, yes {vienes} maybe {quizá} other {no vienes}} a “{title}”. Por ahora {yes} vienen, {maybe} quizá, {no} no vienen.",
  "poll.closed_title": "Votación #{id} cerrada: “{question}”",
  "poll.no_winner": "Ninguna opción se impuso.",
  "poll.result": "Resultado: {option}.",
  "recall.the_delegate": "el delegado",
  "recall.passed_notice":
    "“{circle}” revocó a {person}: el mandato #{mandate} ({scope}) termina ahora y el rol queda libre.",
  "recall.failed_notice":
    "La revocación no prosperó{quorum, select, missed { (no se alcanzó el quórum)} other {}}: el mandato #{mandate} de {person} se mantiene.",
  "poll.turnout":
    "votaron {cast} de {eligible} ({turnout} %), quórum {quorum} % {met, select, yes {alcanzado} other {no alcanzado}}",
  "handoff.nobody_available":
    "Nadie está disponible para ser {role} de “{owner}” a partir del {when} (turno {term}). ¿Alguien vuelve antes? Díselo al círculo.",
  "handoff.heads_up":
    "Aviso, {name}: serás {role} de “{owner}” el {when} (turno {term}). ¿No puedes? Di /rotation skip {rotation}, o acuerda un cambio.",
  "handoff.heads_up_circle":
    "Aviso, {name}: tu círculo tiene {what} a partir del {when} (turno {term}). {ask}",
  "handoff.what_spotlight": "el foco mediático de “{owner}”",
  "handoff.what_role": "{role} para “{owner}”",
  "handoff.ask_spotlight": "Piensa en la historia que quieres contar.",
  "handoff.ask_name": 'Nombra a tu persona con: /rotation name {rotation} @persona federation:"{owner}"',
  "handoff.nobody_took_over": "Nadie pudo tomar el relevo como {role} de “{owner}” en el turno {term}.",
  "handoff.spotlight_turns":
    "El foco mediático de “{owner}” pasa ahora a {name} (turno {term}): el círculo que lo tuvo hace más tiempo.",
  "handoff.now_holder":
    "{name} es ahora {role} de “{owner}” (turno {term}){from, select, none {} other {, tomando el relevo de {from}}}.",
  "handoff.next": "Después: {name} el {when}.",
  "handoff.reminder": "Recordatorio: el relevo de {role} del turno {term} aún no está confirmado.",
  "handoff.checklist": "Lista del relevo: {items}",
  "handoff.confirm": "{who}: confirma con /rotation confirm {rotation}{domain} cuando esté hecho.",
  "mandate.renewal_due":
    "El mandato #{id} de {person} ({scope}) termina el {ends}. Renuévalo con: /mandate renew {id} until:90d — u otorga uno nuevo, o deja que termine.",
  "mandate.expired_notice":
    "El mandato #{id} de {person} para “{circle}” ({scope}) terminó el {ended}. El círculo puede otorgar uno nuevo.",
  "ritual.on_this_day": "Un día como hoy, {day}: {title}. (Calendario ritual de “{federation}”.)",
  "aid.request_expired_notice":
    "La solicitud de ayuda #{id} de “{circle}” expiró sin respuesta: {what}. Si la necesidad sigue, pídela de nuevo con /aid request.",
  "aid.offer_reminder":
    "Recordatorio: la oferta #{id} de “{circle}” ({what}) fue aceptada{by, select, none {} other { por “{by}”}} y aún no se ha cumplido. Cuando lo esté: /aid fulfilled {id} ({person} la ofreció).",
  "convergence.in_words":
    "{unit, select, d {{n, plural, one {# día} other {# días}}} h {{n, plural, one {# hora} other {# horas}}} other {{n, plural, one {# minuto} other {# minutos}}}}",
  "convergence.start_until": "{start} hasta las {end}",
  "convergence.agenda_label": "Orden del día: {agenda}",
  "convergence.founding_story": "El relato fundacional, “{title}”:",
  "convergence.reminder_text": "Recordatorio: “{title}” (convergencia #{id}) es dentro de {in} — {start}.",
  "convergence.rsvp_how": "Responde: /convergence rsvp {id} yes|maybe|no",
  "convergence.begins_text": "“{title}” (convergencia #{id}) empieza ahora — {start}.",
  "calendar.added":
    "#{id} añadido al calendario de “{federation}”: {day}, {title}{announced, select, yes { — se anunciará ese día} other {}}.",
  "calendar.announce_set":
    "“{title}” {announced, select, yes {se anunciará} other {ya no se anunciará}} ese día.",
  "calendar.empty":
    "El calendario de “{federation}” está vacío. Añade un día con: /calendar add <MM-DD> <título> federation:{federation}",
  "calendar.title": "Calendario ritual de “{federation}”:",
  "calendar.row": "- #{id} {day}: {title} {announced, select, yes {(se anuncia)} other {(no se anuncia)}}",
  "calendar.removed": "#{id} ({day}: {title}) quitado del calendario de “{federation}”.",
  "circle.invited": "{person} está invitada a “{circle}”. Acepta con: /circle join {circle}",
  "circle.none_in": "“{federation}” aún no tiene círculos.",
  "circle.none": "Aún no hay círculos. Crea uno con: /circle create <nombre>",
  "circle.list_title_of": "Círculos de “{federation}” ({count}):",
  "circle.list_title": "Círculos ({count}):",
  "convergence.none":
    "“{federation}” aún no tiene convergencias. Programa una con: /convergence schedule <título> every:<cadencia> federation:{federation}",
  "convergence.next": "próxima: {start}",
  "convergence.no_more_dates": "no hay más fechas",
  "convergence.list_title": "Convergencias de “{federation}”:",
  "federation.founded":
    "La federación “{federation}” queda fundada. Un círculo se une por decisión propia: /federation join {federation} circle:<círculo>",
  "federation.none": "Aún no hay federaciones. Funda una con: /federation create <nombre>",
  "federation.list_row": "- {name} ({count, plural, one {# círculo} other {# círculos}})",
  "federation.list_title": "Federaciones ({count}):",
  "mandate.renounced": "{person} devolvió el mandato #{id} (“{scope}”) de “{circle}”.",
  "poll.closed_now": "La votación #{id} está cerrada; se anuncia el resultado.",
  "poll.none_yet": "Aún no hay votaciones.",
  "poll.none_open": "No hay votaciones abiertas.",
  "poll.until": "hasta el {when}",
  "poll.list_title": "Votaciones ({count}):",
  "poll.unvoted": "Tu voto en la votación #{id} queda retirado. Puedes votar de nuevo hasta que cierre.",
  "poll.voted": "Tu voto “{choice}” en la votación #{id} está contado. Puedes cambiarlo hasta el {until}.",
  "rotation.away_noted":
    "Anotado: estás ausente del {from} al {until}. Las rotaciones de “{circle}” te saltan mientras tanto.",
  "rotation.ended_reply": "La rotación de {role} en “{owner}” ha terminado.",
  "rotation.none":
    "“{owner}” aún no tiene rotaciones. Empieza una con: /rotation create <rol> every:<cadencia>",
  "rotation.list_title": "Rotaciones de “{owner}”:",
  "rotation.next_handoff": " · próximo relevo el {when}",
  "rotation.nobody_yet": "nadie todavía",
  "rotation.skipped": "Te saltas el turno {term} ({when}); lo toma {holder}.",
  "story.none": '“{federation}” aún no guarda relatos. Añade uno con: /story add <título> text:"…"',
  "story.list_title": "Relatos de “{federation}”:",
  "story.no_such": "“{federation}” no tiene el relato #{id}",
  "story.no_founding":
    '“{federation}” aún no tiene relato fundacional; añade uno con /story add <título> text:"…" founding:yes',
  "story.told_title":
    "{founding, select, yes {El relato fundacional de} other {Un relato de}} “{federation}”: {title}",
  "reflect.affirmed":
    "La reflexión #{id} tiene ahora {count, plural, one {# adhesión} other {# adhesiones}}.",
  "reflect.resolved_notice": "“{circle}” resolvió la reflexión #{id}: {note}",
  "reflect.resolved": "La reflexión #{id} está resuelta y guardada en el archivo.",
  "reflect.none_mention": "Ninguna reflexión menciona “{search}”.",
  "reflect.none": "Aún no hay reflexiones.",
  "reflect.advice_notice": "Nuevo consejo sobre la reflexión #{id}: {text} (/reflect show {id})",
  "reflect.advice_kept": "Tu consejo queda guardado con la reflexión #{id}.",
  "reflect.shared_notice":
    "“{circle}” comparte la reflexión #{id}: {happened}\nLo que aprendimos: {learned}\nAyudaría: {needs}. Responde con {answers}.",
  "reflect.shared": "La reflexión #{id} queda compartida con “{federation}”. Gracias por la lección.",
  "reflect.show_title": "Reflexión #{id} de “{circle}”, compartida el {when} por {person}",
  "reflect.show_happened": "Lo que pasó: {text}",
  "reflect.show_learned": "Lo que aprendimos: {text}",
  "reflect.show_needs": "Ayudaría: {needs}",
  "reflect.show_affirmations": "Adhesiones: {count}",
  "reflect.show_advice": "Consejos:",
  "reflect.show_offers": "Ofertas:",
  "reflect.show_resolved": "Resuelta el {when}: {resolution}",
  "reflect.show_open": "Aún abierta: el círculo la cierra con /reflect resolve.",
  "convergence.show_title":
    "Convergencia #{id} “{title}” de “{federation}”{cancelled, select, yes { (cancelada)} other {}}",
  "convergence.show_recurs": "Se repite: {cadence} · zona horaria {timezone}",
  "convergence.show_once": "Una sola vez · zona horaria {timezone}",
  "convergence.show_reminders": "Recordatorios: {reminders} antes",
  "convergence.show_next": "Próximas: {starts}",
  "convergence.show_coming":
    "Vienen{on, select, none {} other { el {on}}}: {yes} · quizá: {maybe} · no vienen: {no}",
  "rotation.confirmed_side":
    "Confirmado por tu parte. El relevo de {role} se completa cuando la otra parte confirme también.",
  "rotation.handover_complete":
    "El relevo de {role} de “{owner}” (turno {term}) está completo: ambas partes confirmaron la lista.",
  "aid.digest_rhythm":
    "“{federation}” recibe un resumen de ayuda mutua cada {days} días; el próximo el {next}.",
  "spokesperson.rotating": "{person} (rotativo)",
  "spokesperson.any_circle_of": "ningún círculo de “{federation}”",
  "spokesperson.list_title": "Portavoces sobre {domain}:",
  "convergence.scheduled":
    "Convergencia #{id} “{title}” de “{federation}” programada{cadence, select, none {} other { ({cadence})}}. {many, select, yes {Próximas fechas} other {Fecha}}:",
  "poll.state_closed": "cerrada el {when}",
  "poll.state_open": "abierta hasta el {when}",
  "poll.show_title":
    "Votación #{id} de “{circle}” ({recall, select, yes {revocación, } other {}}{state}): {question}",
  "poll.show_turnout": "{turnout}; una opción necesita más del {threshold} % de los votos.",
  "args.required": "es obligatorio",
};
