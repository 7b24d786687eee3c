import type { input as en } from "../input.js";
import type { Translation } from "../translation.js";

/** Spanish messages about what people type: refused characters, strict numbers, bounded work and time. */
export const input: Translation<typeof en> = {
  "input.unsafe_character":
    "{field}: el carácter {position} es {char}, un carácter invisible o de control. Jura los rechaza (y también los cambios forzados de dirección) en todos los campos: vuelve a escribirlo sin él.",
  "input.not_a_number":
    "{field}: “{value}” no es un número simple. Escribe solo cifras, como {example} (sin letras, hexadecimal, exponente, espacios ni separadores de miles).",
  "input.not_an_amount":
    "“{value}” no es una cantidad: escribe un número mayor que 0 con cifras simples, con como máximo un punto o una coma decimal, como 3, 2.5 o 1200 (sin signo, hexadecimal ni exponente)",
  "input.budget_exceeded":
    "Ese comando necesitaba más de {ms} ms de trabajo, así que lo he detenido sin cambiar nada. Prueba con algo más sencillo: una frecuencia más simple, una fecha más cercana o menos elementos.",
  "input.moment_too_far": "Eso queda a más de {years} años: indica un momento anterior a {latest}.",
  "poll.ambiguous_choice":
    "“{choice}” puede ser la opción número {choice} (“{byNumber}”) o la opción escrita “{byText}” (número {textNumber}). Indica cuál con #{choice} o #{textNumber}.",
  "shell.line_too_long":
    "Esa línea tiene {length} caracteres; el shell lee como máximo {max} caracteres por línea, así que se ha saltado.",
  "shell.advance_too_far":
    "advance mueve el reloj como máximo {max, plural, one {# día} other {# días}} cada vez; divide un tramo más largo en varias líneas.",
  "shell.advance_too_busy":
    "advance se detuvo en {when}: en ese tramo vencieron más de {count, plural, one {# momento} other {# momentos}}. El reloj se queda ahí; vuelve a usar advance para seguir.",
  "http.bad_name":
    "Petición incorrecta: el nombre de una federación nunca contiene caracteres de control ni invisibles.",
  "text.empty": "no puede estar vacío",
  "text.too_long": "está limitado a {max} caracteres",
  "text.unsafe": "contiene caracteres de control o invisibles",
  "share.invalid": "una proporción como 50% o 0.5",
};
