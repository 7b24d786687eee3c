import type { base as en } from "../base.js";
import type { Translation } from "../translation.js";

/** Spanish messages shared by every command: input, arguments, circles, federations, mandates, polls, aid. */
export const base: Translation<typeof en> = {
  "input.empty": "Escribe un comando, por ejemplo `help`.",
  "input.too_long": "Ese comando tiene {length} caracteres; el límite es {max}.",
  "input.unterminated_quote": "Unas comillas abiertas en el carácter {position} nunca se cierran.",
  "command.unknown": "No existe el comando `{name}`. Prueba `help` para ver lo que hay.",
  "command.unknown_sub": "El grupo `{group}` no tiene el comando `{name}`. Tiene: {subs}.",
  "command.missing_sub": "`{group}` necesita un comando detrás: {subs}.",
  "args.invalid": "{problems}\nUso: {usage}",
  "args.field": "{field}: {problem}",
  "args.too_many": "Demasiados valores: `{extra}` no se espera aquí.",
  "args.unknown_key": "`{key}:` no es una opción de este comando.",
  "args.duplicate_key": "`{key}:` aparece dos veces.",
  "args.bad_mention": "`@{raw}` no nombra a ninguna persona que yo pueda reconocer.",
  "person.invalid": "no es una persona (menciónala con @)",
  "place.invalid": "no es un lugar que yo reconozca",
  "name.invalid":
    "los nombres tienen de 1 a 64 letras, cifras, espacios y - _ . ' & (sin caracteres de control ni invisibles)",
  "timezone.invalid": "zona horaria desconocida (usa un nombre IANA como Europe/Madrid)",
  "time.invalid":
    "no es una fecha ni una duración (usa 2027-03-18, 2027-03-18T18:00, o una duración como 2h, 90d, 12w, 6mo, 1y)",
  "time.past": "Esa fecha ya pasó: {when}.",
  "circle.not_found": "No hay ningún círculo llamado “{name}”.",
  "circle.no_home_here":
    'Este lugar no es la casa de ningún círculo. Nombra el círculo, por ejemplo circle:"Green Valley".',
  "circle.exists": "Ya existe un círculo llamado “{name}”.",
  "circle.place_taken": "Este lugar ya es la casa del círculo “{name}”. Indica otro con place:…",
  "circle.not_member": "Solo los miembros de “{circle}” pueden hacer eso, y tú no eres uno de ellos.",
  "circle.already_member": "Ya eres miembro de “{circle}”.",
  "circle.person_already_member": "{person} ya es miembro de “{circle}”.",
  "circle.closed": "“{circle}” solo está abierto por invitación. Pide a un miembro que te invite.",
  "circle.nothing_to_change":
    "Nada que cambiar: indica purpose:…, tz:…, place:…, open:yes/no, recall_quorum:…, recall_threshold:…, decide_by:…, window:… o quiet:…",
  "federation.not_found": "No hay ninguna federación llamada “{name}”.",
  "federation.exists": "Ya existe una federación llamada “{name}”.",
  "federation.already_in": "“{circle}” ya pertenece a la federación “{federation}”.",
  "federation.not_in": "“{circle}” no está en la federación “{federation}”.",
  "mandate.not_member":
    "{person} no es miembro de “{circle}”; un círculo solo puede dar mandatos a sus propios miembros.",
  "mandate.not_found": "No hay ningún mandato activo #{id}.",
  "mandate.not_yours":
    "El mandato #{id} lo tiene {person}; solo esa persona puede devolverlo (“{circle}” puede revocarlo).",
  "mandate.too_long": "un mandato dura como máximo {days} días; renuévalo cuando termine",
  "mandate.bad_order": "Un mandato tiene que terminar después de empezar.",
  "federation.not_member": "Solo los miembros de un círculo de “{federation}” pueden hacer eso.",
  "rotation.not_found": "“{name}” no tiene ninguna rotación “{role}”. Sus rotaciones: {known}.",
  "rotation.exists": "“{name}” ya tiene una rotación “{role}”. Cámbiala con /rotation edit.",
  "rotation.bad_cadence": "every: {problem}",
  "rotation.no_occurrence": "Esa frecuencia nunca cae después de {when}.",
  "rotation.no_upcoming": "{person} no tiene ningún turno de “{role}” en los próximos {count} turnos.",
  "rotation.not_holder": "Solo quien entra o quien sale de “{role}” puede confirmar el relevo.",
  "rotation.nothing_to_confirm": "No hay ningún relevo de “{role}” pendiente de confirmación.",
  "rotation.not_circle_rotation":
    "“{role}” es una rotación de la federación: nombra a la persona del círculo que la ocupa.",
  "rotation.not_federation_rotation": "“{role}” rota entre personas; no hay nadie a quien nombrar.",
  "rotation.not_holding_circle":
    "“{circle}” no ocupa “{role}” ni ahora ni en el próximo turno; lo ocupa {holder}.",
  "rotation.nothing_to_change": "Nada que cambiar: indica every:…, lead:… o checklist:…",
  "spokesperson.none": "Todavía nadie es portavoz de {where} sobre “{domain}”.",
  "poll.not_found": "No hay ninguna votación #{id}.",
  "poll.closed": "La votación #{id} ya está cerrada.",
  "poll.no_vote": "No tienes ningún voto{choice} en la votación #{id} que retirar.",
  "poll.not_eligible":
    "Tu voto no se ha contado: la votación #{id} es para quienes eran miembros de “{circle}” cuando se abrió, y tú no lo eras.",
  "poll.bad_choice": "“{choice}” no es una opción de la votación #{id}. Opciones: {options}.",
  "poll.not_opener":
    "Solo {person}, que abrió la votación #{id}, puede cerrarla antes de tiempo; las votaciones de revocación duran hasta el final.",
  "recall.no_mandate": "{person} no tiene ningún mandato activo{where}.",
  "aid.no_federation":
    "“{circle}” todavía no forma parte de una federación; el apoyo mutuo pasa por una (/federation join <nombre>).",
  "aid.request_not_found": "No hay ninguna solicitud de ayuda #{id}.",
  "aid.request_ended": "La solicitud de ayuda #{id} está {status}; ya no admite ofertas ni cambios.",
  "aid.own_request": "La solicitud #{id} es de “{circle}”; las ofertas vienen de otros círculos.",
  "aid.offer_not_found": "No hay ninguna oferta #{id}.",
  "aid.offer_state": "La oferta #{id} está {status}, así que no se puede {action}.",
  "aid.offer_not_request":
    "La oferta #{id} responde a una reflexión, no a una solicitud: no hay nada que aceptar.",
  "reflection.not_found": "No hay ninguna reflexión #{id}.",
  "reflection.resolved": "La reflexión #{id} ya está resuelta.",
  "reflection.affirmed": "Ya has respaldado la reflexión #{id}; cada persona cuenta una vez.",
  "reflection.needs": "di qué ayudaría: material, consejo y/o respaldo, separados por |",
  "recall.which": "{person} tiene varios mandatos: {list}. Indica cuál con mandate:<número>.",
  "recall.open": "Ya hay una votación de revocación abierta sobre el mandato #{mandate}: votación #{poll}.",
  "internal.apology": "Lo siento, algo ha fallado por mi parte (referencia {ref}). No se ha cambiado nada.",
};
