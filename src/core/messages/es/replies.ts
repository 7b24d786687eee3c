import type { replies as en } from "../replies.js";
import type { Translation } from "../translation.js";

export const replies: Translation<typeof en> = {
  "circle.size_small":
    "«{circle}» tiene {count, plural, one {# miembro} other {# miembros}}: por debajo de {min} es demasiado pequeño para rotar bien los roles. Invitad a algunas personas más.",
  "circle.size_large":
    "«{circle}» tiene {count} miembros: por encima de {max} quizá sea hora de dividirse en dos círculos.",
  "circle.welcome": "Bienvenida a «{circle}»: ahora {count, plural, one {# miembro} other {# miembros}}.",
  "circle.left": "Has dejado «{circle}»; {count, plural, one {queda # miembro} other {quedan # miembros}}.",
  "circle.left_mandates":
    "{count, plural, one {Tu mandato {ids} ha terminado.} other {Tus mandatos {ids} han terminado.}}",
  "aid.offer_accepted_notice":
    "«{circle}» aceptó vuestra oferta #{offer} ({what}). Decid cuándo esté hecho: /aid fulfilled {offer}.",
  "aid.offer_accepted": "La oferta #{offer} queda aceptada para la solicitud #{request}.",
  "aid.request_closed_notice": "«{circle}» cerró la solicitud #{request} ({what}).",
  "aid.request_closed": "La solicitud #{request} está cerrada.",
  "aid.none_yet": "Todavía no hay solicitudes de ayuda.",
  "aid.none_open": "No hay solicitudes de ayuda abiertas.",
  "poll.published_title": "Encuesta #{id} de «{circle}»: {question}",
  "poll.new_notice": "«{circle}» tiene una encuesta nueva, #{id}: {question} (/poll show {id}).",
  "poll.open_until":
    "La encuesta #{id} está abierta hasta el {closes}; {count, plural, one {# miembro puede votar} other {# miembros pueden votar}}.",
  "poll.vote_how": "Votad con: /poll vote {id} <número u opción>, hasta el {until}.",
  "poll.rules": "Quórum {quorum} %; una opción necesita más del {threshold} % de los votos.",
  "poll.too_long": "una encuesta dura como mucho {days} días",
  "recall.poll_title":
    "Encuesta de revocación #{id}: ¿debe «{circle}» revocar a {person} del mandato #{mandate} ({scope})? Responded recall o keep.",
  "recall.federation_notice":
    "«{circle}» vota la revocación de su delegado {person} (mandato #{mandate}) hasta el {closes}.",
  "mandate.none_in":
    "{all, select, yes {No hay mandatos en «{scope}».} other {No hay mandatos vigentes en «{scope}».}}",
  "mandate.list_title": "Mandatos en «{scope}» ({count}):",
  "convergence.rsvp_noted":
    "Anotado: {answer, select, yes {vienes} maybe {quizá} other {no vienes}} a «{title}». Por ahora {yes} vienen, {maybe} quizá, {no} no vienen.",
  "poll.closed_title": "Encuesta #{id} cerrada: «{question}»",
  "poll.no_winner": "Ninguna opción se impuso.",
  "poll.result": "Resultado: {option}.",
  "recall.the_delegate": "el delegado",
  "recall.passed_notice":
    "«{circle}» revocó a {person}: el mandato #{mandate} ({scope}) termina ahora y el rol queda libre.",
  "recall.failed_notice":
    "La revocación no prosperó{quorum, select, missed { (no se alcanzó el quórum)} other {}}: el mandato #{mandate} de {person} se mantiene.",
  "poll.turnout":
    "votaron {cast} de {eligible} ({turnout} %), quórum {quorum} % {met, select, yes {alcanzado} other {no alcanzado}}",
  "handoff.nobody_available":
    "Nadie está disponible para ser {role} de «{owner}» a partir del {when} (turno {term}). ¿Alguien vuelve antes? Decídselo al círculo.",
  "handoff.heads_up":
    "Aviso, {name}: serás {role} de «{owner}» el {when} (turno {term}). ¿No puedes? Di /rotation skip {rotation}, o acordad un cambio.",
  "handoff.heads_up_circle":
    "Aviso, {name}: vuestro círculo tiene {what} a partir del {when} (turno {term}). {ask}",
  "handoff.what_spotlight": "el foco mediático de «{owner}»",
  "handoff.what_role": "{role} para «{owner}»",
  "handoff.ask_spotlight": "Pensad en la historia que queréis contar.",
  "handoff.ask_name":
    'Nombrad a vuestra persona con: /rotation name {rotation} @persona federation:"{owner}"',
  "handoff.nobody_took_over": "Nadie pudo tomar el relevo como {role} de «{owner}» en el turno {term}.",
  "handoff.spotlight_turns":
    "El foco mediático de «{owner}» pasa ahora a {name} (turno {term}): el círculo que lo tuvo hace más tiempo.",
  "handoff.now_holder":
    "{name} es ahora {role} de «{owner}» (turno {term}){from, select, none {} other {, tomando el relevo de {from}}}.",
  "handoff.next": "Después: {name} el {when}.",
  "handoff.reminder": "Recordatorio: el relevo de {role} del turno {term} aún no está confirmado.",
  "handoff.checklist": "Lista del relevo: {items}",
  "handoff.confirm": "{who}: confirmad con /rotation confirm {rotation}{domain} cuando esté hecho.",
  "mandate.renewal_due":
    "El mandato #{id} de {person} ({scope}) termina el {ends}. Renovadlo con: /mandate renew {id} until:90d — u otorgad uno nuevo, o dejad que termine.",
  "mandate.expired_notice":
    "El mandato #{id} de {person} para «{circle}» ({scope}) terminó el {ended}. El círculo puede otorgar uno nuevo.",
  "ritual.on_this_day": "Un día como hoy, {day}: {title}. (Calendario ritual de «{federation}».)",
  "aid.request_expired_notice":
    "La solicitud de ayuda #{id} de «{circle}» expiró sin respuesta: {what}. Si la necesidad sigue, pedidla de nuevo con /aid request.",
  "aid.offer_reminder":
    "Recordatorio: la oferta #{id} de «{circle}» ({what}) fue aceptada{by, select, none {} other { por «{by}»}} y aún no se ha cumplido. Cuando lo esté: /aid fulfilled {id} ({person} la ofreció).",
  "convergence.in_words":
    "{unit, select, d {{n, plural, one {# día} other {# días}}} h {{n, plural, one {# hora} other {# horas}}} other {{n, plural, one {# minuto} other {# minutos}}}}",
  "convergence.start_until": "{start} hasta las {end}",
  "convergence.agenda_label": "Orden del día: {agenda}",
  "convergence.founding_story": "El relato fundacional, «{title}»:",
  "convergence.reminder_text": "Recordatorio: «{title}» (convergencia #{id}) es dentro de {in} — {start}.",
  "convergence.rsvp_how": "Responded: /convergence rsvp {id} yes|maybe|no",
  "convergence.begins_text": "«{title}» (convergencia #{id}) empieza ahora — {start}.",
};
