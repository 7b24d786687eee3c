import { z } from "zod";
import { t } from "../../i18n.js";
import { displayPerson } from "../../ids.js";
import { peopleDirectory } from "../../people-directory.js";
import { defineCommand } from "../spec.js";

export default defineCommand({
  group: "me",
  name: "unlink",
  summary: "Separate this account from the person it was linked to (what it was stays with the person).",
  args: z.object({}),
  positional: [],
  policy: "anyone",
  examples: ["me unlink"],
  async handler(ctx) {
    const { store, now } = ctx;
    const account = ctx.account ?? ctx.actor;
    const person = await store.people.personOf(account);
    if (!person) {
      // Not an error: an answer about this account, as `me link` without a code is.
      const linked = await store.people.accountsOf(account);
      const text =
        linked.length > 0
          ? t("people.unlink_person", { accounts: linked.map(displayPerson).join(", ") })
          : t("people.not_linked");
      return { text, private: true };
    }
    await store.people.unlink(account);
    await store.audit.record({ at: now, actor: account, action: "me.unlink", details: { person } });
    peopleDirectory.unlink(account);
    return {
      text: t("people.unlinked", { account: displayPerson(account), person: displayPerson(person) }),
      private: true,
    };
  },
});
