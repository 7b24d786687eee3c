import { z } from "zod";
import { UserError } from "../../errors.js";
import { t } from "../../i18n.js";
import { displayPerson, type PersonId, platformOf } from "../../ids.js";
import {
  LINK_CODE_ALPHABET,
  LINK_CODE_LENGTH,
  LINK_CODE_MINUTES,
  LINK_TRIES_PER_HOUR,
  normalizeLinkCode,
} from "../../people.js";
import { peopleDirectory } from "../../people-directory.js";
import { LinkConflict } from "../../people-ports.js";
import type { Store } from "../../ports.js";
import { defineCommand } from "../spec.js";

const HOUR_MS = 3_600_000;

/** A fresh code: uniform over the alphabet (32 letters: a byte's low five bits). */
function newCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LINK_CODE_LENGTH));
  return [...bytes].map((b) => LINK_CODE_ALPHABET[b % LINK_CODE_ALPHABET.length]).join("");
}

/** Whether `account` is part of a person already, or has accounts linked to it. */
async function linkedState(store: Store, account: PersonId): Promise<PersonId | undefined> {
  const person = await store.people.personOf(account);
  if (person) return person;
  const others = await store.people.accountsOf(account);
  return others[0];
}

export default defineCommand({
  group: "me",
  name: "link",
  summary:
    "Make your Matrix and Discord accounts one person: without a code, get one; enter it from the other account within 10 minutes.",
  args: z.object({
    code: z.string().max(20).optional(),
  }),
  positional: ["code"],
  policy: "anyone",
  examples: ["me link", "me link K7QP2MZX"],
  async handler(ctx, args) {
    const { store, now } = ctx;
    const account = ctx.account ?? ctx.actor;
    if (args.code === undefined) {
      const other = await linkedState(store, account);
      if (other) {
        const person = peopleDirectory.canonical(account);
        const accounts = [person, ...(await store.people.accountsOf(person))].map(displayPerson).join(", ");
        return { text: t("people.link_status", { accounts, person: displayPerson(person) }), private: true };
      }
      const code = newCode();
      await store.people.issueCode(account, code, new Date(now.getTime() + LINK_CODE_MINUTES * 60_000));
      return { text: t("people.link_code", { code, minutes: LINK_CODE_MINUTES }), private: true };
    }
    const tries = await store.people.triesSince(account, new Date(now.getTime() - HOUR_MS));
    if (tries >= LINK_TRIES_PER_HOUR) throw new UserError("people.link_too_many", {});
    const code = normalizeLinkCode(args.code);
    const issuer = code ? await store.people.takeCode(code, now) : undefined;
    if (!issuer) {
      // Answered, not thrown: the wrong try must be kept (a thrown error rolls the command back).
      await store.people.recordTry(account, now);
      return { text: t("people.link_bad_code", { left: LINK_TRIES_PER_HOUR - tries - 1 }), private: true };
    }
    if (issuer === account) throw new UserError("people.link_same_account", {});
    const mine = platformOf(account);
    const theirs = platformOf(issuer);
    if (mine === theirs || mine === "shell" || theirs === "shell")
      throw new UserError("people.link_same_platform", { platform: mine ?? "shell" });
    for (const [who, other] of [
      [account, await linkedState(store, account)],
      [issuer, await store.people.personOf(issuer)],
    ] as const)
      if (other)
        throw new UserError("people.link_taken", {
          account: displayPerson(who),
          other: displayPerson(other),
        });
    const already = await store.people.accountsOf(issuer);
    if (already.some((a) => platformOf(a) === mine))
      throw new UserError("people.link_taken", {
        account: displayPerson(issuer),
        other: displayPerson(already.find((a) => platformOf(a) === mine) ?? issuer),
      });
    const circles = await store.people.sharedCircles(account, issuer);
    if (circles.length > 0)
      throw new UserError("people.link_same_circle", { circles: circles.map((c) => `“${c}”`).join(", ") });
    try {
      await store.people.link(account, issuer, now);
    } catch (error) {
      if (error instanceof LinkConflict) throw new UserError("people.link_conflict", { what: error.what });
      throw error;
    }
    await store.audit.record({ at: now, actor: account, action: "me.link", details: { person: issuer } });
    peopleDirectory.link(account, issuer);
    return {
      text: t("people.linked", { account: displayPerson(account), person: displayPerson(issuer) }),
      private: true,
    };
  },
});
