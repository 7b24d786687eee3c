/** English messages of help: the overview, one group, one command (core/commands/help.ts). */
export const helpTexts = {
  "help.intro": "Jura helps circles and federations run themselves. Command groups:",
  "help.more":
    "Say help <group> for its commands and help <group> <command> for one of them, e.g. help circle create.",
  "help.group_more": "Say help {group} <command> for one of them, e.g. help {group} {example}.",
  "help.usage": "Usage: {usage}",
  "help.arguments": "Arguments:",
  "help.argument": "{name}: {description}",
  "help.argument_optional": "{name} (optional): {description}",
  "help.examples": "Examples:",
  "welcome.text":
    "Hello, I am Jura: I help circles and federations run themselves. Three things to start with:\n1. Found a circle for this room: /circle create <name> open:yes\n2. Everyone else joins it: /circle join <name>\n3. See what else a circle can do: /help",
  "vote.yes_words": "yes|y|oui|sí|si|sì|ja",
  "vote.no_words": "no|n|non|nein",
} as const;
