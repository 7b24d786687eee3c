#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (test/e2e/federation-page-browser.test.ts), which
# playwright-core drives at /usr/bin/chromium. `npx playwright install` downloads its own browser
# build and cannot work on machines that reach only package registries.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  /usr/bin/chromium --version 2>/dev/null || true
  exit 0
fi
sudo=""
if [[ "$(id -u)" != 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends chromium
