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
  "vote.yes_words": "yes|y|oui|sí|si|sì|ja",
  "vote.no_words": "no|n|non|nein",
} as const;
