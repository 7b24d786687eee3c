import type { CommandTexts } from "../translation.js";

/** Placeholder until the translations land (branch `tr`): command summaries and argument descriptions. */
export const commands: CommandTexts = {};
