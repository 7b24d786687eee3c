import type { platforms as en } from "../platforms.js";
import type { Translation } from "../translation.js";

/** Italian messages of the chat platforms' own rules: Matrix rooms and power levels, Discord roles. */
export const platforms: Translation<typeof en> = {
  "matrix.place_other_platform":
    "{place} è un luogo su un’altra piattaforma: da Matrix, indica una stanza Matrix (#alias:server, !id:server o un link matrix.to).",
  "matrix.room_not_joined": "Non sono nella stanza {room}: invitami lì prima, poi riprova.",
  "matrix.admin_power":
    "{here, select, yes {Questa stanza} other {La stanza {room}}} richiede il livello di potere {needed} per i comandi di amministrazione di Jura (org.jura.admin nei suoi livelli di potere); tu hai {has}{here, select, yes {} other { lì}}.",
  "discord.stale_component": "Questo non fa più niente: usa i comandi slash di Jura.",
  "discord.proposal_button":
    "{answer, select, agree {D’accordo} abstain {Astensione} object {Obiezione} block {Blocco} other {{answer}}}",
  "discord.proposal_why_title": "{answer, select, block {Blocca la} other {Obietta alla}} proposta #{id}",
  "discord.proposal_why_label": "Perché?",
  "discord.proposal_why_description":
    "{answer, select, block {Un blocco ferma la proposta finché resta in piedi.} other {Un’obiezione trasforma la decisione in una votazione.}} Gli altri leggono il tuo motivo.",
  "discord.proposal_why_missing":
    "La tua risposta non è stata registrata: il modulo è tornato senza un motivo. Usa di nuovo il pulsante, o /proposal {answer} {id} <motivo>.",
  "discord.role_sync_problem": "Una decisione ha cambiato chi ha un mandato qui, ma {problem}",
  "matrix.proposal_react":
    "Puoi anche reagire a questo messaggio: 👍 per essere d’accordo, 🤷 per astenerti. Un’obiezione ha bisogno del suo motivo a parole: !jura proposal object {id} <motivo>.",
  "matrix.proposal_object_how":
    "Un’obiezione ha bisogno di un motivo a cui gli altri possano rispondere: scrivi !jura proposal object {id} <motivo> (o !jura proposal block {id} <motivo> per bloccarla).",
  "matrix.secret_poll_how":
    "Scrutinio segreto: non votare in questa stanza, dove tutti vedono ogni voto. Vota in una chat diretta con me ({bot}): !jura poll vote {id} <numero>, fino al {until}. Il tuo voto viene confermato solo a te; vengono mostrati solo i totali, a votazione chiusa.",
  "matrix.secret_poll_response":
    "La votazione #{id} è a scrutinio segreto: una risposta al sondaggio è un evento della stanza che tutti possono leggere, quindi non è stata contata. Vota in una chat diretta con me: !jura poll vote {id} <numero>.",
  "matrix.private_elsewhere":
    "Questa risposta è solo per te, e questa stanza non è privata: chiedi di nuovo in una chat diretta con me.",
  "matrix.space_joined": "La stanza di “{circle}” è ora nello spazio di “{federation}”: {link}",
  "matrix.space_left": "La stanza di “{circle}” ha lasciato lo spazio di “{federation}”.",
  "matrix.space_failed":
    "(Non è stato possibile aggiornare lo spazio Matrix: {why}. Prova !jura space sync {federation}.)",
};
