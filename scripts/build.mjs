#!/usr/bin/env node
// Compiles src/ and migrations/ to dist/ (what `npm start` and `npm run jura` run), unless dist/
// is already built from exactly these sources. Runs before `npm start` and after `npm ci`, so a
// fresh clone and a `git pull` both start on current code; `--force` always rebuilds.
// The new build is made beside dist/ and swapped in, so a running Jura never sees half of one.
import { spawnSync } from "node:child_process";
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
const inputs = ["src", "migrations", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];
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
const force = process.argv.includes("--force");
if (!force && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) process.exit(0);

const started = Date.now();
const next = join(root, `dist.building-${process.pid}`);
rmSync(next, { recursive: true, force: true });
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", next], {
  stdio: "inherit",
});
if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write("Jura's build failed (see above): fix the TypeScript errors, then start again.\n");
  process.exit(1);
}
// Files the code loads at run time that TypeScript does not emit.
for (const entry of files(join(root, "src"))) {
  if (entry[0].endsWith(".cjs")) cpSync(join(root, entry[0]), join(next, entry[0]));
}
writeFileSync(join(next, ".build-stamp"), stamp);
const old = join(root, `dist.old-${process.pid}`);
if (existsSync(join(root, "dist"))) renameSync(join(root, "dist"), old);
renameSync(next, join(root, "dist"));
rmSync(old, { recursive: true, force: true });
process.stderr.write(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
