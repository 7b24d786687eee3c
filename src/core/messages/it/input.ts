import type { input as en } from "../input.js";
import type { Translation } from "../translation.js";

/** Italian messages about what people type: refused characters, strict numbers, bounded work and time. */
export const input: Translation<typeof en> = {
  "input.unsafe_character":
    "{field}: il carattere {position} è {char}, un carattere invisibile o di controllo. Jura li rifiuta (insieme alle forzature di direzione) in ogni campo: riscrivilo senza.",
  "input.not_a_number":
    "{field}: “{value}” non è un numero semplice. Scrivi solo cifre, come {example} (niente lettere, esadecimale, esponente, spazi o separatori delle migliaia).",
  "input.not_an_amount":
    "“{value}” non è un importo: scrivi un numero maggiore di 0 in cifre semplici, con al massimo un punto o una virgola decimale, come 3, 2.5 o 1200 (niente segno, esadecimale o esponente)",
  "input.budget_exceeded":
    "Quel comando richiedeva più di {ms} ms di lavoro, quindi l’ho fermato senza cambiare niente. Prova una richiesta più semplice: una cadenza più semplice, una data più vicina o meno elementi.",
  "input.moment_too_far": "Mancano più di {years} anni: indica un momento prima di {latest}.",
  "poll.ambiguous_choice":
    "“{choice}” può essere l’opzione numero {choice} (“{byNumber}”) o l’opzione scritta “{byText}” (numero {textNumber}). Indica quale con #{choice} o #{textNumber}.",
  "shell.line_too_long":
    "Quella riga è lunga {length} caratteri; la shell legge al massimo {max} caratteri per riga, quindi è stata saltata.",
  "shell.advance_too_far":
    "advance sposta l’orologio al massimo di {max, plural, one {# giorno} other {# giorni}} alla volta; dividi un periodo più lungo in più righe.",
  "shell.advance_too_busy":
    "advance si è fermato a {when}: in quel periodo sono scaduti più di {count, plural, one {# momento} other {# momenti}}. L’orologio resta lì; usa di nuovo advance per andare avanti.",
  "http.bad_name":
    "Richiesta non valida: il nome di una federazione non contiene mai caratteri di controllo o invisibili.",
  "text.empty": "non può essere vuoto",
  "text.too_long": "è limitato a {max} caratteri",
  "text.unsafe": "contiene caratteri di controllo o invisibili",
  "share.invalid": "una quota come 50% o 0.5",
};
