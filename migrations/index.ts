import type { Migration, MigrationProvider } from "kysely/migration";
import * as foundation from "./0001-foundation.js";
import * as handledEvents from "./0002-handled-events.js";
import * as rotationsPolls from "./0003-rotations-polls.js";
import * as matrixStorage from "./0004-matrix-storage.js";
import * as discord from "./0005-discord.js";
import * as mutualAid from "./0006-mutual-aid.js";
import * as convergences from "./0007-convergences.js";
import * as outboxPlatformId from "./0008-outbox-platform-id.js";
import * as outboxClaimToken from "./0009-outbox-claim-token.js";
import * as governance from "./0010-governance.js";
import * as treasury from "./0011-treasury.js";
import * as openRecord from "./0012-open-record.js";
import * as limits from "./0013-limits.js";
import * as routing from "./0014-routing.js";
import * as languages from "./0015-languages.js";
import * as people from "./0016-people.js";
import * as digestState from "./0017-digest-state.js";

/**
 * Migrations listed statically (not read from disk) so they run the same under tsx, vitest and
 * a bundle. Names sort in the order they must run; never rename or edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-handled-events": handledEvents,
  "0003-rotations-polls": rotationsPolls,
  "0004-matrix-storage": matrixStorage,
  "0005-discord": discord,
  "0006-mutual-aid": mutualAid,
  "0007-convergences": convergences,
  "0008-outbox-platform-id": outboxPlatformId,
  "0009-outbox-claim-token": outboxClaimToken,
  "0010-governance": governance,
  "0011-treasury": treasury,
  "0012-open-record": openRecord,
  "0013-limits": limits,
  "0014-routing": routing,
  "0016-people": people,
  "0017-digest-state": digestState,
  "0015-languages": languages,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
