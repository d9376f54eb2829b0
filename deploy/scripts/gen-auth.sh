#!/usr/bin/env bash
# Generates per-node NATS users (nkeys) with least-privilege permissions from an inventory.
#   deploy/scripts/gen-auth.sh [inventory.json] [out-dir]
# Defaults: deploy/inventory.json (copy inventory.example.json) and deploy/generated/.
# Re-running keeps existing keys and leaf passwords (new users get new keys). To rotate a user,
# delete its .nk file and re-run; reload the servers (SIGHUP) afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
inventory="${1:-$root/deploy/inventory.json}"
out="${2:-$root/deploy/generated}"
[ -f "$inventory" ] || { echo "gen-auth: no inventory at $inventory (copy deploy/inventory.example.json)" >&2; exit 64; }
umask 077
cd "$root"
exec node --import tsx tools/deploy-tests/src/generate-auth.ts "$inventory" "$out"
