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
};
