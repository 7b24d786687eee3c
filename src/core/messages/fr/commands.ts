import type { CommandTexts } from "../translation.js";

/**
 * French command summaries and argument descriptions. Until the translators' full file lands
 * (branch `tr`, from `scripts/command-texts.ts`), the circle and me groups only; the rest is
 * said in English.
 */
export const commands: CommandTexts = {
  circle: "cercles de 5 à 15 personnes : create, join, invite, leave, remove, show, set, history, export",
  "circle create":
    "Créer un cercle ici ; vous en devenez le premier membre. Il est sur invitation, sauf si vous dites open:yes.",
  "circle join": "Rejoindre un cercle (ouvert, ou qui vous a invité).",
  "circle invite": "Inviter quelqu’un dans votre cercle ; la personne accepte avec circle join.",
  "circle leave": "Quitter un cercle ; les mandats que vous en tenez prennent fin.",
  "circle show": "Afficher un cercle : raison d’être, membres, fédération et délégués.",
  "circle list": "Lister les cercles, ou ceux d’une fédération.",
  "circle set":
    "Changer la raison d’être, le fuseau, le lieu, l’ouverture, les règles de révocation, la langue ou la façon de décider du cercle (une décision du cercle).",
  "circle set|language": "la langue que Jura parle dans le salon du cercle : en, fr, es ou it",
  "circle remove": "Retirer un membre du cercle, par décision du cercle (le membre n’en décide pas).",
  "circle history":
    "Ce qui s’est passé dans un cercle, en phrases, du plus récent au plus ancien : filtrez par kind:, person:, from:, until: ; before: remonte.",
  "circle export":
    "Les archives d’un cercle en CSV et JSON (décisions, sondages, mandats, rotations, aide…) : liens de téléchargement, ou table: dans le message.",
  me: "ce que vous montrez de vous hors du chat",
  "me language":
    "La langue dans laquelle Jura vous parle, partout : en, fr, es, it, ou auto (celle de chaque lieu).",
  "me language|language":
    "en, fr, es ou it ; auto : la langue de chaque lieu, ou celle qu’indique votre plateforme",
  "me show-name":
    "Si votre pseudo peut apparaître hors du chat : dans les exports et sur les pages des fédérations (non par défaut).",
};
