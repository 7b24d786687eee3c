// Prints every command text translators may translate, as JSON: { "<key>": "<English>" }.
// Keys: "<group>" (a group's description, or a single-command group's summary),
// "<group> <name>" (a command's summary), "<group> <name>|<arg>" (an argument's description).
// Their translations go in src/core/messages/<locale>/commands.ts. Run: npx tsx scripts/command-texts.ts
import { commandTexts } from "../src/core/commands/command-texts.js";
import { Registry } from "../src/core/commands/registry.js";

process.stdout.write(`${JSON.stringify(commandTexts(new Registry()), null, 2)}\n`);
