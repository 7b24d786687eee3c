import { peopleDirectory } from "../../core/people-directory.js";
import { personOf } from "./identity.js";

/** A raw event; nothing in it is trusted. */
interface MemberEvent {
  state_key?: unknown;
  content?: unknown;
}

/** A member event's displayname (a join or a profile change) into the people directory. */
export function learnMember(event: MemberEvent): void {
  const userId = event.state_key;
  const content = event.content as { membership?: unknown; displayname?: unknown } | undefined;
  if (typeof userId !== "string" || content?.membership !== "join") return;
  if (typeof content.displayname === "string")
    peopleDirectory.remember(personOf(userId), content.displayname);
}

/** Senders whose profile was asked for already (a profile without a name is not asked again). */
const asked = new Set<string>();
const MAX_ASKED = 10_000;

/**
 * Asks the homeserver for a sender's displayname the first time Jura hears from them (member
 * events then keep it fresh). Never fails a command: a profile that cannot be read leaves the
 * person named by their Matrix id.
 */
export async function learnSender(
  client: { getUserProfile(userId: string): Promise<unknown> },
  userId: string,
): Promise<void> {
  const person = personOf(userId);
  if (asked.has(userId) || peopleDirectory.get(person)) return;
  if (asked.size >= MAX_ASKED) asked.clear();
  asked.add(userId);
  try {
    const profile = (await client.getUserProfile(userId)) as { displayname?: unknown } | undefined;
    if (typeof profile?.displayname === "string") peopleDirectory.remember(person, profile.displayname);
  } catch {
    // the Matrix id is a name too
  }
}
