import { expireRequests, remindOffers, sendDigests } from "./aid-due.js";
import { enactorOf } from "./commands/execute.js";
import { closeDueProposals } from "./commands/proposals.js";
import { Registry } from "./commands/registry.js";
import { advanceConvergence } from "./convergences.js";
import { expireMandates } from "./expire-mandates.js";
import { inLocale, t } from "./i18n.js";
import { displayPerson } from "./ids.js";
import { closePoll } from "./polls.js";
import type { Store } from "./ports.js";
import { announceRitual } from "./rituals.js";
import { advanceRotation, remindHandover } from "./rotations.js";
import { formatMoment } from "./time.js";

/**
 * Everything that falls due at `now`, in one transaction: mandate endings and renewal
 * questions, poll closings, rotation heads-ups and handoffs, handover reminders. Each kind is
 * claimed with SKIP LOCKED, at most `limit` rows per kind, and every announcement is keyed, so
 * concurrent or repeated sweeps are safe. Returns how many things it advanced; callers repeat
 * until it returns 0.
 */
export async function runDue(store: Store, now: Date, limit = 100): Promise<number> {
  let done = await expireMandates(store, now, limit);
  done += await closeDueProposals({ store, now, enact: defaultEnactor() }, limit);
  done += await askRenewals(store, now, limit);
  done += await expireRequests(store, now, limit);
  done += await remindOffers(store, now, limit);
  // after expiries, so a digest never lists a request that ended at the same moment
  done += await sendDigests(store, now, limit);
  for (const poll of await store.polls.claimClosing(now, limit)) {
    await closePoll(store, poll, now);
    done += 1;
  }
  for (const rotation of await store.rotations.claimDue(now, limit))
    done += await advanceRotation(store, rotation, now);
  for (const term of await store.rotations.claimReminders(now, limit)) {
    await remindHandover(store, term, now);
    done += 1;
  }
  for (const convergence of await store.convergences.claimDue(now, limit))
    done += await advanceConvergence(store, convergence, now);
  for (const ritual of await store.rituals.claimDue(now, limit))
    done += await announceRitual(store, ritual, now);
  return done;
}

let registry: Registry | undefined;
/** Proposals are carried out with Jura's own commands. */
function defaultEnactor() {
  registry ??= new Registry();
  return enactorOf(registry);
}

async function askRenewals(store: Store, now: Date, limit: number): Promise<number> {
  const due = await store.mandates.claimRenewalDue(now, limit);
  for (const mandate of due) {
    await store.mandates.setTerms(mandate.id, { renewalDueAt: null });
    const circle = await store.circles.byId(mandate.circleId);
    if (!circle?.homePlace) continue;
    await store.outbox.add({
      key: `mandate:${mandate.id}:renewal:${mandate.expiresAt.toISOString()}`,
      place: circle.homePlace,
      createdAt: now,
      text: inLocale(() =>
        t("mandate.renewal_due", {
          id: mandate.id,
          person: displayPerson(mandate.delegate),
          scope: mandate.scope,
          ends: formatMoment(mandate.expiresAt, circle.timezone),
        }),
      ),
    });
  }
  return due.length;
}
