#!/usr/bin/env bash
# A throwaway Synapse homeserver for Jura's Matrix tests and local trials.
#
#   scripts/synapse.sh install              install Synapse from PyPI into .tools/synapse (once)
#   scripts/synapse.sh config DIR PORT      write DIR/homeserver.yaml: loopback PORT, SQLite,
#                                           a registration shared secret, relaxed rate limits
#   scripts/synapse.sh run DIR              run that homeserver in the foreground
#   scripts/synapse.sh up [DIR] [PORT]      install, configure once, run (defaults: ./data/synapse, 8008)
#
# Environment: SYNAPSE_VENV (default .tools/synapse), SYNAPSE_SERVER_NAME (default localhost),
# SYNAPSE_SHARED_SECRET (default: random, written to DIR/shared-secret).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SYNAPSE_VENV:-$ROOT/.tools/synapse}"
PYTHON="$VENV/bin/python"

die() { echo "synapse.sh: $*" >&2; exit 1; }

installed() { [[ -x "$PYTHON" ]] && "$PYTHON" -c 'import synapse.app.homeserver' 2>/dev/null; }

install() {
  if installed; then return 0; fi
  command -v python3 >/dev/null || die "python3 is missing: install it (apt-get install python3 python3-venv) to run Synapse"
  local started=$SECONDS
  echo "Installing Synapse from PyPI into $VENV (one time)..." >&2
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    die "python3 -m venv failed: install the venv module (apt-get install python3-venv)"
  fi
  "$VENV/bin/pip" install --quiet --disable-pip-version-check matrix-synapse ||
    die "pip install matrix-synapse failed (is PyPI reachable?)"
  installed || die "Synapse was installed but does not import"
  echo "Synapse $("$PYTHON" -c 'import synapse; print(synapse.__version__)') installed in $((SECONDS - started)) s" >&2
}

random_token() { head -c "$1" /dev/urandom | base64 | tr -d '=+/\n' | head -c "$((${1} * 4 / 3))"; }

config() {
  local dir="${1:?config DIR PORT}" port="${2:?config DIR PORT}"
  local name="${SYNAPSE_SERVER_NAME:-localhost}"
  mkdir -p "$dir/media"
  dir="$(cd "$dir" && pwd)"
  local secret="${SYNAPSE_SHARED_SECRET:-$(random_token 24)}"
  printf '%s' "$secret" >"$dir/shared-secret"
  # A signing key in Synapse's own format (algorithm, version, unpadded base64 of a 32-byte seed).
  [[ -f "$dir/signing.key" ]] || printf 'ed25519 a_jura %s\n' "$(head -c 32 /dev/urandom | base64 | tr -d '=\n')" >"$dir/signing.key"
  cat >"$dir/log.yaml" <<LOG
version: 1
formatters:
  brief:
    format: '%(asctime)s %(levelname)s %(name)s: %(message)s'
handlers:
  file:
    class: logging.FileHandler
    formatter: brief
    filename: $dir/homeserver.log
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
LOG
  # Rate limits are relaxed so tests run fast; a test that wants 429s sets a per-user override
  # through the admin API (POST /_synapse/admin/v1/users/<id>/override_ratelimit).
  cat >"$dir/homeserver.yaml" <<YAML
server_name: "$name"
public_baseurl: "http://127.0.0.1:$port/"
pid_file: $dir/homeserver.pid
listeners:
  - port: $port
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: $dir/homeserver.db
log_config: $dir/log.yaml
media_store_path: $dir/media
signing_key_path: $dir/signing.key
registration_shared_secret: "$secret"
macaroon_secret_key: "$(random_token 24)"
form_secret: "$(random_token 24)"
report_stats: false
enable_registration: false
bcrypt_rounds: 4
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
url_preview_enabled: false
presence:
  enabled: false
rc_message: { per_second: 10000, burst_count: 10000 }
rc_registration: { per_second: 1000, burst_count: 1000 }
rc_login:
  address: { per_second: 1000, burst_count: 1000 }
  account: { per_second: 1000, burst_count: 1000 }
  failed_attempts: { per_second: 1000, burst_count: 1000 }
rc_joins:
  local: { per_second: 1000, burst_count: 1000 }
  remote: { per_second: 1000, burst_count: 1000 }
rc_joins_per_room: { per_second: 1000, burst_count: 1000 }
rc_invites:
  per_room: { per_second: 1000, burst_count: 1000 }
  per_user: { per_second: 1000, burst_count: 1000 }
  per_issuer: { per_second: 1000, burst_count: 1000 }
rc_room_creation: { per_second: 1000, burst_count: 1000 }
rc_admin_redaction: { per_second: 1000, burst_count: 1000 }
YAML
  echo "$dir/homeserver.yaml"
}

run() {
  local dir="${1:?run DIR}"
  [[ -f "$dir/homeserver.yaml" ]] || die "no $dir/homeserver.yaml: run scripts/synapse.sh config first"
  installed || die "Synapse is not installed: run scripts/synapse.sh install"
  cd "$dir"
  exec "$PYTHON" -m synapse.app.homeserver --config-path "$dir/homeserver.yaml"
}

case "${1:-}" in
  install) install ;;
  config) shift; config "$@" ;;
  run) shift; run "$@" ;;
  up)
    shift
    dir="${1:-$ROOT/data/synapse}"
    port="${2:-8008}"
    install
    # Keep an existing homeserver (its accounts, secrets and port); delete DIR to start afresh.
    [[ -f "$dir/homeserver.yaml" ]] || config "$dir" "$port" >/dev/null
    port="$(sed -n 's/^  - port: //p' "$dir/homeserver.yaml")"
    echo "Synapse on http://127.0.0.1:$port (server name ${SYNAPSE_SERVER_NAME:-localhost}); shared secret in $dir/shared-secret" >&2
    run "$dir"
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
