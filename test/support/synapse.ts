import { spawn, spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { tempDir } from "./jura-process.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const SCRIPT = join(ROOT, "scripts/synapse.sh");
const LOCK = join(ROOT, ".tools/synapse-install.lock");

/** A user registered on the test homeserver. */
export interface RegisteredUser {
  userId: string;
  accessToken: string;
  deviceId: string;
  password: string;
}

/** A running throwaway Synapse (SQLite, loopback, relaxed rate limits). */
export interface Synapse {
  url: string;
  serverName: string;
  register(localpart: string, opts?: { admin?: boolean }): Promise<RegisteredUser>;
  /** Per-user rate limit through the admin API; 0 means unlimited. */
  limitMessages(userId: string, perSecond: number, burst: number): Promise<void>;
  log(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Whether Matrix end-to-end tests can run here. Without python3 they are skipped locally with
 * this reason; in CI (CI=true) a missing python3 is a failure, never a silent skip.
 */
export function synapseUnavailable(): string | undefined {
  if (process.env.CI) return undefined;
  const probe = spawnSync("python3", ["-c", "import venv"], { stdio: "ignore" });
  return probe.status === 0 ? undefined : "python3 (with venv) is not installed: Matrix e2e tests skipped";
}

/** Installs Synapse into .tools/synapse once (serialised across parallel test files). */
async function ensureInstalled(): Promise<void> {
  await mkdir(join(ROOT, ".tools"), { recursive: true });
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(join(LOCK, "pid"), String(process.pid));
      break;
    } catch {
      const holder = Number(await readFile(join(LOCK, "pid"), "utf8").catch(() => "0"));
      if (holder > 0 && !alive(holder)) await rm(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Synapse install lock ${LOCK} is stuck: remove it`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    const result = await run(SCRIPT, ["install"]);
    if (result.code !== 0) {
      throw new Error(
        `Synapse could not be installed for the Matrix e2e tests (scripts/synapse.sh install):\n${result.output}`,
      );
    }
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c) => {
      output += c;
    });
    child.stderr.on("data", (c) => {
      output += c;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Installs (if needed), configures and starts Synapse on a free loopback port. */
export async function startSynapse(): Promise<Synapse> {
  await ensureInstalled();
  // A RAM disk where there is one: Synapse's SQLite syncs every event to disk otherwise.
  const dir = existsSync("/dev/shm")
    ? await mkdtemp("/dev/shm/jura-synapse-")
    : await tempDir("jura-synapse-");
  const port = await freePort();
  const configured = await run(SCRIPT, ["config", dir, String(port)]);
  if (configured.code !== 0) throw new Error(`scripts/synapse.sh config failed:\n${configured.output}`);
  const child = spawn(SCRIPT, ["run", dir], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    detached: false,
  });
  let stderr = "";
  child.stderr.on("data", (c) => {
    stderr += c;
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  const url = `http://127.0.0.1:${port}`;
  const log = async () => `${stderr}\n${await readFile(join(dir, "homeserver.log"), "utf8").catch(() => "")}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Synapse exited with ${child.exitCode}:\n${await log()}`);
    if (
      await fetch(`${url}/_matrix/client/versions`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Synapse did not answer within 60 s:\n${await log()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const secret = await readFile(join(dir, "shared-secret"), "utf8");
  let admin: RegisteredUser | undefined;

  const register = async (localpart: string, opts: { admin?: boolean } = {}): Promise<RegisteredUser> => {
    const endpoint = `${url}/_synapse/admin/v1/register`;
    const { nonce } = (await (await fetch(endpoint)).json()) as { nonce: string };
    const password = `pw-${localpart}-${Math.random().toString(36).slice(2)}`;
    const role = opts.admin ? "admin" : "notadmin";
    const mac = createHmac("sha1", secret)
      .update(`${nonce}\0${localpart}\0${password}\0${role}`)
      .digest("hex");
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ nonce, username: localpart, password, admin: Boolean(opts.admin), mac }),
    });
    const body = (await response.json()) as { user_id?: string; access_token?: string; device_id?: string };
    if (!response.ok || !body.user_id || !body.access_token) {
      throw new Error(`registering ${localpart} failed: ${response.status} ${JSON.stringify(body)}`);
    }
    return { userId: body.user_id, accessToken: body.access_token, deviceId: body.device_id ?? "", password };
  };

  return {
    url,
    serverName: "localhost",
    register,
    async limitMessages(userId, perSecond, burst) {
      admin ??= await register(`admin${Math.random().toString(36).slice(2, 8)}`, { admin: true });
      const response = await fetch(
        `${url}/_synapse/admin/v1/users/${encodeURIComponent(userId)}/override_ratelimit`,
        {
          method: "POST",
          headers: { authorization: `Bearer ${admin.accessToken}`, "content-type": "application/json" },
          body: JSON.stringify({ messages_per_second: perSecond, burst_count: burst }),
        },
      );
      if (!response.ok)
        throw new Error(`override_ratelimit failed: ${response.status} ${await response.text()}`);
    },
    log,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
