import type { settings as en } from "../settings.js";
import type { Translation } from "../translation.js";

/** French names of the settings a history line says were changed. */
export const settings: Translation<typeof en> = {
  "record.setting":
    "{name, select, purpose {raison d’être} timezone {fuseau horaire} homePlace {salon du foyer} open {qui peut entrer} recallQuorum {quorum de révocation} recallThreshold {seuil de révocation} decisionRule {mode de décision} decisionWindowMinutes {délai de décision} quiet {annonces tenues à l’écart} mandateMaxDays {mandat le plus long} digestEveryDays {rythme du récapitulatif} pageVisibility {qui lit sa page} threshold {seuil de la trésorerie} unit {unité} memos {libellés des lignes} window {délai de décision} other {{spaced}}}",
};
