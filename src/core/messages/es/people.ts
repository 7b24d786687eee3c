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
    "Tu código de vinculación: {code}. En los próximos {minutes} minutos, introdúcelo desde tu cuenta en la otra plataforma: en Discord /me link code:{code}, en Matrix !jura me link {code}. Sirve una sola vez; aquí solo lo ves tú.",
  "people.link_status":
    "{accounts} son una sola persona. Para separarlas, di me unlink desde la cuenta vinculada: las membresías, votos y mandatos se quedan con {person}.",
  "people.link_bad_code":
    "Ese código no es válido: es incorrecto, ya se usó o ha caducado. {left, plural, =0 {No quedan intentos desde esta cuenta durante una hora.} one {Queda # intento en esta hora.} other {Quedan # intentos en esta hora.}}",
  "people.link_too_many":
    "Demasiados códigos incorrectos desde esta cuenta: vuelve a intentarlo dentro de una hora.",
  "people.link_same_account": "Esta es la cuenta que pidió el código: introdúcelo desde tu otra cuenta.",
  "people.link_same_platform":
    "Las dos cuentas están en {platform, select, discord {Discord} matrix {Matrix} other {el shell}}: una persona vincula una cuenta de Matrix y una de Discord.",
  "people.link_taken": "{account} ya es una sola persona con {other}: sepáralas primero con me unlink.",
  "people.link_same_circle":
    "Las dos cuentas son miembros de {circles}: una persona es un solo miembro, así que una de las cuentas sale primero (circle leave) y después se vinculan.",
  "people.link_conflict":
    "Las dos cuentas tienen un lugar en {what, select, poll_voter {la misma votación} proposal_voice {la misma propuesta} convergence_rsvp {la misma convergencia} mandate {el mismo mandato} spokesperson {el mismo papel de portavoz} other {el mismo registro ({what})}}: Jura no adivina cuál se queda. Vincúlalas cuando haya terminado.",
  "people.linked":
    "Vinculadas: {account} y {person} son ahora una sola persona. Lo que es esta cuenta (membresías, votos, mandatos, turnos, RSVP, respuestas) es de esa persona; lo que hizo queda en el registro tal como fue.",
  "people.not_linked": "Esta cuenta no está vinculada con otra: me link la vincula.",
  "people.unlink_person":
    "Esta es la cuenta propia de la persona: di me unlink desde la cuenta que se vinculó a ella ({accounts}).",
  "people.unlinked":
    "{account} vuelve a ser una cuenta independiente. Las membresías, votos y mandatos se quedan con {person}; el registro guarda lo que hizo cada cuenta, y cuándo.",
  "record.action.me.link": "{actor} y {person} pasaron a ser una sola persona (me link).",
  "record.action.me.unlink": "{actor} y {person} volvieron a ser cuentas separadas (me unlink).",
};
