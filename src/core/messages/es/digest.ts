import type { digestTexts as en } from "../digest.js";
import type { Translation } from "../translation.js";

/** Spanish messages of the mutual-aid digest. */
export const digestTexts: Translation<typeof en> = {
  "digest.header":
    "Apoyo mutuo en “{federation}”, {days, plural, =7 {la semana} other {los # días}} hasta el {date}:",
  "digest.open_requests": "Solicitudes abiertas ({count}):",
  "digest.own_requests": "Solicitudes de “{circle}” ({count}):",
  "digest.answerable": "Solicitudes que “{circle}” podría atender ({count}):",
  "digest.reflections": "Reflexiones que esperan respuesta ({count}):",
  "digest.footer":
    "Ofrece ayuda con /aid offer <solicitud> <qué>; responde a una reflexión con /reflect advise o /reflect affirm.",
};
