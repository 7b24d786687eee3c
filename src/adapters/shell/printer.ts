import type { Writable } from "node:stream";
import { peopleDirectory } from "../../core/people-directory.js";
import { renderPlain } from "../../core/people-text.js";
import type { Transport } from "../../core/ports.js";

export type MessageKind = "reply" | "notice" | "error";

/**
 * Writes bot messages to the terminal: `[<place>] <text>`, or with `json` one object per line
 * `{"place","kind","text"}` so scripts and tests can read them exactly.
 */
export class ShellPrinter {
  private sent = 0;

  constructor(
    private readonly out: Writable,
    private readonly json: boolean,
  ) {}

  print(place: string, kind: MessageKind, raw: string): void {
    const text = renderPlain(raw, peopleDirectory, "shell");
    const line = this.json ? JSON.stringify({ place, kind, text }) : `[${place}] ${text}`;
    this.out.write(`${line}\n`);
  }

  /**
   * The shell is the transport for every platform: announcements are printed as notices. A
   * `role-sync` is no message (the shell has no roles): nothing is printed.
   */
  transport(): Transport {
    return {
      send: async ({ place, text, payload }) => {
        if (payload?.type === "role-sync") return "shell-role-sync";
        this.print(place, "notice", text);
        this.sent += 1;
        return `shell-${this.sent}`;
      },
    };
  }
}
