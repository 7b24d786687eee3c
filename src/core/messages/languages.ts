/** English messages about languages: `me language`, `circle set language:`, `federation set language:`. */
export const languages = {
  "language.name": "{language, select, fr {French} es {Spanish} it {Italian} other {English}}",
  "language.auto": "as each place speaks",
  "me.language_now":
    "Jura speaks to you in {chosen, select, auto {the language of each place (your platform's, when it says one)} other {{language}, everywhere}}. Change it: me language fr, es, it, en or auto.",
  "me.language_set": "From now on Jura speaks to you in {language}, everywhere.",
  "me.language_auto":
    "From now on Jura speaks to you in the language of each place (your platform's, when it says one).",
  "circle.setting_language": "language {language}",
  "federation.setting_language": "language {language}",
  "circle.show_title": "Circle “{circle}”",
  "circle.show_title_purpose": "Circle “{circle}”: {purpose}",
  "circle.show_home":
    "Home: {place} · timezone {timezone} · {open, select, yes {open to join} other {by invitation}} · language {language}",
  "circle.show_no_home": "none",
  "circle.show_federation": "Federation: {federation}",
  "circle.show_no_federation": "Federation: none",
  "circle.show_members": "Members ({count}): {members}",
  "circle.show_delegates": "Delegates: {count, plural, =0 {none} other {}}",
  "record.action.me.language": "{actor} chose the language Jura speaks to them.",
  "common.none": "none",
} as const;
