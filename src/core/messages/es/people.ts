import type { people as en } from "../people.js";
import type { Translation } from "../translation.js";

/**
 * Spanish messages of people across platforms. A person of another platform is shown as English
 * shows them (`Bob (Discord)`, `Bob (Discord ~bob2)`): people type that form back, and Jura reads
 * it only with the platform labels Discord, Matrix and shell.
 */
export const people: Translation<typeof en> = {
  "people.platform": "{platform, select, discord {Discord} matrix {Matrix} other {shell}}",
  "people.elsewhere": "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}})",
  "people.elsewhere_handle":
    "{name} ({platform, select, discord {Discord} matrix {Matrix} other {shell}} ~{handle})",
  "people.unnamed":
    "{platform, select, discord {una persona en Discord} matrix {una persona en Matrix} other {alguien en el shell}}",
  "people.reserved_character":
    "Los caracteres “⟦” y “⟧” son de Jura (los usa para marcar a las personas): escribe el comando sin ellos.",
  "people.ambiguous":
    "¿A quién te refieres con “{name}”? {count, plural, one {Coincide # persona} other {Coinciden # personas}}: {candidates}. Nombra a una por su identificador, por ejemplo @~{example}.",
  "people.unknown_name":
    'No conozco a nadie llamado “{name}”. Nombra a una persona como la muestra Jura, por ejemplo @"Bob (Discord)", o por el identificador que Jura le da, por ejemplo @~bob.',
  "people.unknown_handle": "Nadie tiene el identificador ~{handle}.",
  "people.unknown_number":
    'Ese número no es de ningún miembro de Discord que Jura conozca. Nombra a un miembro de Discord como lo muestra Jura, por ejemplo @"Bob (Discord)", o por el identificador que Jura le da, por ejemplo @~bob.',
  "people.candidate": "{person} (@~{handle})",
  "people.link_code":
    "Para que esta cuenta y tu cuenta en otra plataforma sean una sola persona, introduce este código desde la otra cuenta en los próximos {minutes} minutos, donde solo tú lo veas: en Discord, el comando “me link” con code:{code}; en Matrix, di !jura me link {code} en un mensaje directo conmigo. Sirve una sola vez.",
  "people.link_status":
    "{accounts} son una sola persona. Para separarlas: me unlink (sus membresías, votos y mandatos se quedan con {person}).",
  "people.link_in_private":
    "Un código de vinculación se introduce donde solo tú lo veas (en un mensaje directo conmigo en Matrix, con el comando de barra me link de Jura en Discord). Este código se ha visto aquí, así que ya no vale: pide uno nuevo.",
  "people.link_bad_code":
    "Ese código no es válido: es incorrecto, ya se usó o ha caducado. {left, plural, =0 {No quedan intentos desde esta cuenta durante una hora.} one {Queda # intento en esta hora.} other {Quedan # intentos en esta hora.}}",
  "people.link_too_many":
    "Demasiados códigos incorrectos desde esta cuenta: vuelve a intentarlo después de {until} (UTC).",
  "people.link_same_account": "Esta es la cuenta que pidió el código: introdúcelo desde tu otra cuenta.",
  "people.link_same_platform":
    "Las dos cuentas están en {platform, select, discord {Discord} matrix {Matrix} other {el shell}}: una persona vincula cuentas de plataformas distintas.",
  "people.link_taken": "{account} ya es una sola persona con {other}: sepáralas primero con me unlink.",
  "people.linked":
    "Vinculadas: {mine} y {other} son ahora una sola persona, {person}. Sus membresías, votos, mandatos, respuestas a propuestas, confirmaciones de asistencia (RSVP) y turnos son de esa persona; donde ambas cuentas tenían uno (el mismo círculo, la misma votación o propuesta), queda uno: la membresía más antigua, y el voto, la respuesta o el RSVP más reciente.{merged, plural, =0 {} one { Se fusionó # duplicado.} other { Se fusionaron # duplicados.}}",
  "people.not_linked": "Esta cuenta no está vinculada con otra: me link la vincula.",
  "people.unlinked":
    "{account} vuelve a ser una cuenta independiente. Las membresías, votos y mandatos se quedan con {person}; el registro guarda lo que hizo cada cuenta, y cuándo.",
  "record.action.me.link": "{actor} y {person} pasaron a ser una sola persona (me link).",
  "record.action.me.unlink": "{actor} y {person} volvieron a ser cuentas separadas (me unlink).",
};
