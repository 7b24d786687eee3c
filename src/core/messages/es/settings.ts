import type { settings as en } from "../settings.js";
import type { Translation } from "../translation.js";

/** Spanish names of the settings a history line says were changed. */
export const settings: Translation<typeof en> = {
  "record.setting":
    "{name, select, purpose {propósito} timezone {zona horaria} homePlace {sala de la casa} open {quién puede unirse} recallQuorum {quórum de revocación} recallThreshold {umbral de revocación} decisionRule {modo de decidir} decisionWindowMinutes {plazo de decisión} quiet {avisos excluidos} mandateMaxDays {mandato más largo} digestEveryDays {ritmo del resumen} pageVisibility {quién lee su página} threshold {umbral de la tesorería} unit {unidad} memos {conceptos de las partidas} window {plazo de decisión} other {{spaced}}}",
};
