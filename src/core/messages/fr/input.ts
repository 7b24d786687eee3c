import type { input as en } from "../input.js";
import type { Translation } from "../translation.js";

/** French messages about what people type: refused characters, strict numbers, bounded work and time. */
export const input: Translation<typeof en> = {
  "input.unsafe_character":
    "{field} : le caractère {position} est {char}, un caractère invisible ou de contrôle. Jura les refuse (ainsi que les forçages de direction) dans tous les champs : retapez-le sans.",
  "input.not_a_number":
    "{field} : « {value} » n’est pas un nombre simple. N’écrivez que des chiffres, comme {example} (sans lettres, hexadécimal, exposant, espaces ni séparateurs de milliers).",
  "input.not_an_amount":
    "« {value} » n’est pas un montant : écrivez un nombre supérieur à 0 en chiffres simples, avec au plus un point ou une virgule décimale, comme 3, 2.5 ou 1200 (sans signe, hexadécimal ni exposant)",
  "input.budget_exceeded":
    "Cette commande demandait plus de {ms} ms de travail : je l’ai donc arrêtée sans rien modifier. Essayez une demande plus simple : un rythme plus simple, une date plus proche ou moins d’éléments.",
  "input.moment_too_far": "C’est dans plus de {years} ans : donnez un moment avant {latest}.",
  "poll.ambiguous_choice":
    "« {choice} » peut désigner l’option numéro {choice} (« {byNumber} ») ou l’option écrite « {byText} » (numéro {textNumber}). Précisez avec #{choice} ou #{textNumber}.",
  "shell.line_too_long":
    "Cette ligne fait {length} caractères ; le shell lit au plus {max} caractères par ligne, elle a donc été ignorée.",
  "shell.advance_too_far":
    "advance avance l’horloge d’au plus {max, plural, one {# jour} other {# jours}} à la fois ; découpez une période plus longue en plusieurs lignes.",
  "shell.advance_too_busy":
    "advance s’est arrêté à {when} : plus de {count, plural, one {# échéance est tombée} other {# échéances sont tombées}} sur cette période. L’horloge reste là ; relancez advance pour continuer.",
  "http.bad_name":
    "Requête invalide : un nom de fédération ne contient jamais de caractères de contrôle ou invisibles.",
  "text.empty": "ne peut pas être vide",
  "text.too_long": "est limité à {max} caractères",
  "text.unsafe": "contient des caractères de contrôle ou invisibles",
  "share.invalid": "une part comme 50% ou 0.5",
};
