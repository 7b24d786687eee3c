import { readFileSync, rmSync } from "node:fs";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { isAlive, startToken } from "./processes.js";
import { StartError } from "./start-error.js";

const LOCK_FILE = "jura.pid";

/** Another live Jura process holds the data directory. */
export class DataDirInUseError extends StartError {
  override readonly name = "DataDirInUseError";
  constructor(
    readonly dataDir: string,
    readonly owner: number,
  ) {
    super(
      `Jura cannot start: another Jura (process ${owner}) is already running on the data directory ${dataDir}. ` +
        "Stop it first, or set JURA_DATA_DIR to another directory.",
    );
  }
}

/** Ownership of a data directory by this process; `release()` is idempotent. */
export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Claims `dataDir` for this process with a pid file (`jura.pid`: pid and start time). A file
 * left by a process that is gone (a crash, a SIGKILL) is stale and taken over, and the caller
 * then knows that anything else it finds running on that directory is a leftover to stop. The
 * start time guards against a reused pid. The file is removed at release and at exit.
 *
 * @throws DataDirInUseError when a live process holds it.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine = `${process.pid} ${(await startToken(process.pid)) ?? "-"}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const file = await open(path, "wx", 0o644);
      await file.writeFile(mine);
      await file.close();
      const onExit = () => rmIfMine(path, mine);
      process.once("exit", onExit);
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          process.off("exit", onExit);
          if ((await readFile(path, "utf8").catch(() => "")) === mine) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const held = (await readFile(path, "utf8").catch(() => "")).trim();
      const [pidText, token] = held.split(" ");
      const owner = Number(pidText);
      if (await holds(owner, token)) throw new DataDirInUseError(dataDir, owner);
      // Stale: its owner is gone. Remove it only if it is still the file we judged.
      if ((await readFile(path, "utf8").catch(() => "")).trim() === held) await rm(path, { force: true });
    }
  }
  throw new StartError(`Jura cannot start: could not claim the data directory ${dataDir} (${path}).`);
}

async function holds(pid: number, token: string | undefined): Promise<boolean> {
  if (!isAlive(pid)) return false;
  if (pid === process.pid) return true;
  if (!token || token === "-") return true;
  const now = await startToken(pid);
  return now === undefined || now === token;
}

function rmIfMine(path: string, mine: string): void {
  try {
    // Synchronous: this runs in an exit hook.
    if (readFileSync(path, "utf8") === mine) rmSync(path, { force: true });
  } catch {
    // Already gone.
  }
}
