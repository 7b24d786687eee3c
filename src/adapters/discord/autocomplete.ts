import type { AutocompleteInteraction } from "discord.js";
import type { APIApplicationCommandOptionChoice } from "discord-api-types/v10";
import type { Registry } from "../../core/commands/registry.js";
import { displayPerson } from "../../core/ids.js";
import type { Db } from "../../store/db.js";
import {
  activeMandates,
  circleNames,
  federationNames,
  type LookupScope,
  openPolls,
  openProposals,
  pollOptions,
  rotationRoles,
} from "../../store/discord-lookups.js";
import { leafOptions, specFor } from "./interaction-options.js";
import { clip, discordPlain } from "./render.js";
import { type Completion, HELP_COMMAND, specOptions } from "./slash-commands.js";

type Choice = APIApplicationCommandOptionChoice<string | number>;

const MAX_CHOICES = 25;
const named = (name: string): Choice => ({ name: clip(name, 100), value: clip(name, 100) });

/** Help topics: every group and every `group command`, filtered by what was typed. */
function topics(registry: Registry, typed: string): Choice[] {
  const all = registry.groups().flatMap((group) => [
    group,
    ...registry
      .inGroup(group)
      .filter((s) => s.name)
      .map((s) => `${group} ${s.name}`),
  ]);
  const needle = typed.trim().toLowerCase();
  return all.filter((t) => t.includes(needle)).map(named);
}

async function choices(
  db: Db,
  completion: Completion,
  typed: string,
  scope: LookupScope,
  given: Map<string, unknown>,
): Promise<Choice[]> {
  switch (completion) {
    case "circle":
      return (await circleNames(db, typed)).map(named);
    case "federation":
      return (await federationNames(db, typed)).map(named);
    case "rotation": {
      const rows = await rotationRoles(db, scope, typed);
      return [...new Set(rows.map((r) => r.role))].map(named);
    }
    case "poll":
      return (await openPolls(db, scope, typed)).map((p) => ({
        name: clip(discordPlain(`#${p.id} ${p.question} (${p.circle})`), 100),
        value: p.id,
      }));
    case "proposal":
      return (await openProposals(db, scope, typed)).map((p) => ({
        name: clip(discordPlain(`#${p.id} ${p.title} (${p.circle ?? p.federation ?? "?"})`), 100),
        value: p.id,
      }));
    case "mandate":
      return (await activeMandates(db, scope, typed)).map((m) => ({
        name: clip(discordPlain(`#${m.id} ${displayPerson(m.delegate)}: ${m.scope} (${m.circle})`), 100),
        value: m.id,
      }));
    case "choice": {
      const options = (await pollOptions(db, Number(given.get("id")))) ?? [];
      const needle = typed.trim().toLowerCase();
      return options
        .map((option, i) => ({ name: clip(discordPlain(`${i + 1}. ${option}`), 100), value: String(i + 1) }))
        .filter((c) => c.name.toLowerCase().includes(needle));
    }
    default:
      return [];
  }
}

/**
 * Suggestions while someone types: circle and federation names, rotations, open polls, open
 * proposals, active mandates, a poll's options and help topics (at most 25). The circle in scope is the one named
 * in another option, else the one at home in this channel.
 */
export async function complete(
  interaction: AutocompleteInteraction,
  deps: { db: Db; registry: Registry; place: string },
): Promise<Choice[]> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value ?? "");
  if (interaction.commandName === HELP_COMMAND) return topics(deps.registry, typed).slice(0, MAX_CHOICES);
  const spec = specFor(deps.registry, interaction);
  const completion = spec ? specOptions(spec).find((o) => o.name === focused.name)?.completion : undefined;
  if (!completion) return [];
  const given = new Map(leafOptions(interaction).map((o) => [o.name, o.value]));
  const text = (name: string) => {
    const value = given.get(name);
    return name !== focused.name && typeof value === "string" && value.trim() ? value : undefined;
  };
  const scope: LookupScope = { place: deps.place };
  const circle = text("circle");
  const federation = text("federation");
  if (circle) scope.circle = circle;
  if (federation) scope.federation = federation;
  return (await choices(deps.db, completion, typed, scope, given)).slice(0, MAX_CHOICES);
}
