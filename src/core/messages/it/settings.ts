import type { settings as en } from "../settings.js";
import type { Translation } from "../translation.js";

/** Italian names of the settings a history line says were changed. */
export const settings: Translation<typeof en> = {
  "record.setting":
    "{name, select, purpose {scopo} timezone {fuso orario} homePlace {stanza della sede} open {chi può entrare} recallQuorum {quorum di revoca} recallThreshold {soglia di revoca} decisionRule {modo di decidere} decisionWindowMinutes {finestra di decisione} quiet {avvisi tenuti fuori} mandateMaxDays {mandato più lungo} digestEveryDays {ritmo del riepilogo} pageVisibility {chi legge la sua pagina} threshold {soglia del tesoriere} unit {unità} memos {causali delle voci} window {finestra di decisione} other {{spaced}}}",
};
