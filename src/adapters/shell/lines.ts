import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/** Longer lines are skipped (and said so) instead of being held in memory whole. */
export const MAX_LINE_LENGTH = 16_384;
/** Lines read ahead of the one being run; beyond this the input is paused. */
const READ_AHEAD = 256;

/** One line of input, or the length of one that was too long to read. */
export type InputLine = { text: string } | { tooLong: number };

/**
 * Splits a stream into lines at `\n` (and `\r\n`) only. node:readline also ends a line at a lone
 * `\r` and at U+2028/U+2029, so one of those inside a quoted value split a script line and ran
 * its remainder as a separate line, `as` someone else: here they stay text, and the command's
 * own checks refuse them. `close()` ends the lines early (SIGINT, SIGTERM), even while waiting
 * for input, and leaves the stream paused, not destroyed.
 */
export function readLines(
  input: Readable,
  maxLength = MAX_LINE_LENGTH,
): { lines: AsyncGenerator<InputLine>; close(): void } {
  const decoder = new StringDecoder("utf8");
  const queue: InputLine[] = [];
  let pending = "";
  let skipped = 0;
  let ended = false;
  let stopped = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const finish = (line: string) => {
    const text = line.endsWith("\r") ? line.slice(0, -1) : line;
    const length = skipped + text.length;
    skipped = 0;
    queue.push(length > maxLength ? { tooLong: length } : { text });
  };
  const onData = (chunk: Buffer | string) => {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk);
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      finish(pending.slice(0, newline));
      pending = pending.slice(newline + 1);
      newline = pending.indexOf("\n");
    }
    if (pending.length > maxLength) {
      skipped += pending.length;
      pending = "";
    }
    if (queue.length >= READ_AHEAD) input.pause();
    notify();
  };
  const onEnd = () => {
    pending += decoder.end();
    if (pending !== "" || skipped > 0) finish(pending);
    ended = true;
    notify();
  };
  const onError = (error: unknown) => {
    failure = error;
    notify();
  };

  async function* lines(): AsyncGenerator<InputLine> {
    input.on("data", onData).on("end", onEnd).on("error", onError);
    try {
      for (;;) {
        if (stopped) return;
        const line = queue.shift();
        if (line !== undefined) {
          if (queue.length < READ_AHEAD / 2 && !ended) input.resume();
          yield line;
          continue;
        }
        if (failure !== undefined) throw failure;
        if (ended) return;
        input.resume();
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    } finally {
      input.off("data", onData).off("end", onEnd).off("error", onError);
      input.pause();
    }
  }
  return {
    lines: lines(),
    close: () => {
      stopped = true;
      notify();
    },
  };
}
