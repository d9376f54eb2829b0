#!/usr/bin/env bash
# CI check of the deployment files. Exits non-zero on the first failure.
#  1. every deploy/compose*.yml validates with docker-compose (v1 from Debian, or the v2 plugin);
#  2. the NATS configs parse with the local nats-server (`-t`), with generated auth and certs;
#     on a 2.9 binary the 2.10+ `sync_interval` line is removed first (and said so);
#  3. gen-certs.sh issues certificates that openssl verifies;
#  4. hadolint checks deploy/Dockerfile when it is installed; otherwise the manual checklist in
#     docs/deploy.md applies and this script says so (it does not fail for a missing linter).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "validate: FAIL: $*" >&2; exit 1; }

if command -v docker-compose >/dev/null; then compose=(docker-compose)
elif docker compose version >/dev/null 2>&1; then compose=(docker compose)
else fail "neither docker-compose nor 'docker compose' is installed (apt-get install -y docker-compose)"; fi

# Compose files read deploy/.env; validate with the example so CI needs no secrets.
shopt -s nullglob
files=("$here"/compose*.yml)
[ "${#files[@]}" -gt 0 ] || fail "no compose files in $here"
for f in "${files[@]}"; do
  "${compose[@]}" --env-file "$here/.env.example" -f "$f" config -q || fail "$f does not validate"
  "${compose[@]}" --env-file "$here/.env.example" -f "$f" --profile gpu config -q >/dev/null 2>&1 || fail "$f does not validate with --profile gpu"
  echo "validate: ok   $(basename "$f") (${compose[*]})"
done

bash "$here/scripts/gen-certs.sh" "$work/certs" hub-1@cellmesh-hub eu-1.lan@eu-west >/dev/null || fail "gen-certs.sh"
openssl x509 -in "$work/certs/hub-1/server.pem" -noout -subject | grep -q "CN *= *cellmesh-hub" || fail "gen-certs.sh: hub-1 lacks its route identity"
openssl verify -CAfile "$work/certs/ca/ca.pem" "$work/certs/hub-1/server.pem" >/dev/null || fail "certificate does not verify"
echo "validate: ok   gen-certs.sh"

if command -v nats-server >/dev/null; then
  (cd "$root" && node --import tsx tools/deploy-tests/src/generate-auth.ts deploy/inventory.example.json "$work/gen" >/dev/null) || fail "gen-auth"
  version="$(nats-server --version | sed -E 's/.*v?([0-9]+\.[0-9]+)\.[0-9]+.*/\1/')"
  check_conf() { # <conf> <generated-dir> <certs-dir> <name>
    local dir="$work/check-$4"
    mkdir -p "$dir"
    cp -r "$2" "$dir/generated"
    sed -e "s#/etc/nats/certs#$3#g" "$1" > "$dir/nats.conf"
    sed -i "s#/etc/nats/certs#$3#g" "$dir"/generated/*.conf
    if [ "$(printf '%s\n' "$version" 2.10 | sort -V | head -1)" != 2.10 ]; then
      sed -i '/sync_interval/d' "$dir/nats.conf" "$dir"/generated/*.conf
      echo "validate: note local nats-server $version predates sync_interval (2.10+): checked $4 without it"
    fi
    NATS_SERVER_NAME="$4" nats-server -t -c "$dir/nats.conf" >/dev/null 2>&1 || { NATS_SERVER_NAME="$4" nats-server -t -c "$dir/nats.conf" || true; fail "$1 does not parse"; }
    echo "validate: ok   $(basename "$1") as $4 (nats-server $version)"
  }
  check_conf "$here/nats/hub.conf" "$work/gen/hub" "$work/certs/hub-1" hub-1
  check_conf "$here/nats/leaf.conf" "$work/gen/sites/eu-west/server" "$work/certs/eu-1.lan" eu-1
else
  echo "validate: skip NATS config parse: nats-server is not installed"
fi

if command -v hadolint >/dev/null; then
  hadolint "$here/Dockerfile" || fail "hadolint"
  echo "validate: ok   hadolint"
else
  echo "validate: note hadolint is not installed (not in Debian bookworm): review deploy/Dockerfile against the checklist in docs/deploy.md"
fi
echo "validate: all checks passed"
