import type { platforms as en } from "../platforms.js";
import type { Translation } from "../translation.js";

/** Spanish messages of the chat platforms' own rules: Matrix rooms and power levels, Discord roles. */
export const platforms: Translation<typeof en> = {
  "matrix.place_other_platform":
    "{place} es un lugar de otra plataforma: desde Matrix, nombra una sala de Matrix (#alias:servidor, !id:servidor o un enlace matrix.to).",
  "matrix.room_not_joined": "No estoy en la sala {room}: invítame allí primero y vuelve a intentarlo.",
  "matrix.admin_power":
    "{here, select, yes {Esta sala} other {La sala {room}}} pide nivel de poder {needed} para los comandos de administración de Jura (org.jura.admin en sus niveles de poder); tú tienes {has}{here, select, yes {} other { allí}}.",
  "discord.stale_component": "Esto ya no hace nada: usa los comandos de barra de Jura.",
  "discord.proposal_button":
    "{answer, select, agree {De acuerdo} abstain {Abstención} object {Objeción} block {Bloqueo} other {{answer}}}",
  "discord.proposal_why_title": "{answer, select, block {Bloquear} other {Objetar}} la propuesta #{id}",
  "discord.proposal_why_label": "¿Por qué?",
  "discord.proposal_why_description":
    "{answer, select, block {Un bloqueo detiene la propuesta mientras se mantenga.} other {Una objeción convierte la decisión en una votación.}} Los demás leerán tu motivo.",
  "discord.proposal_why_missing":
    "Tu respuesta no se ha registrado: el formulario volvió sin motivo. Usa el botón otra vez, o /proposal {answer} {id} <motivo>.",
  "discord.role_sync_problem": "Una decisión ha cambiado quién tiene un mandato aquí, pero {problem}",
  "matrix.proposal_react":
    "También puedes reaccionar a este mensaje: 👍 para estar de acuerdo, 🤷 para abstenerte. Una objeción necesita su motivo por escrito: !jura proposal object {id} <motivo>.",
  "matrix.proposal_object_how":
    "Una objeción necesita un motivo al que los demás puedan responder: escribe !jura proposal object {id} <motivo> (o !jura proposal block {id} <motivo> para bloquearla).",
  "matrix.secret_poll_how":
    "Votación secreta: no votes en esta sala, donde todo el mundo ve cada voto. Vota en un chat directo conmigo ({bot}): !jura poll vote {id} <número>, hasta el {until}. Tu voto se te confirma solo a ti; solo se muestran los totales, una vez cerrada.",
  "matrix.secret_poll_response":
    "La votación #{id} es secreta: una respuesta de encuesta es un evento de la sala que todo el mundo puede leer, así que no se ha contado. Vota en un chat directo conmigo: !jura poll vote {id} <número>.",
  "matrix.private_elsewhere":
    "Esta respuesta es solo para ti, y esta sala no es privada: vuelve a preguntar en un chat directo conmigo.",
  "matrix.space_joined": "La sala de “{circle}” ya está en el espacio de “{federation}”: {link}",
  "matrix.space_left": "La sala de “{circle}” ha salido del espacio de “{federation}”.",
  "matrix.space_failed":
    "(No se ha podido actualizar el espacio de Matrix: {why}. Prueba !jura space sync {federation}.)",
};
