import { base } from "./base.js";
import { counts } from "./counts.js";
import { digestTexts } from "./digest.js";
import { governance } from "./governance.js";
import { helpTexts } from "./help.js";
import { input } from "./input.js";
import { limits } from "./limits.js";
import { people } from "./people.js";
import { platforms } from "./platforms.js";
import { record } from "./record.js";
import { schedules } from "./schedules.js";
import { settings } from "./settings.js";
import { treasury } from "./treasury.js";

/** The Italian message catalogue: every area, keyed like the English one. */
export const it = {
  ...base,
  ...governance,
  ...platforms,
  ...input,
  ...limits,
  ...schedules,
  ...record,
  ...treasury,
  ...helpTexts,
  ...counts,
  ...digestTexts,
  ...people,
  ...settings,
} as const;
