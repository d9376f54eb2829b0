#!/usr/bin/env bash
# The whole test suite: generated contracts up to date, then lint + typecheck + tests of every
# Nx project (cached per project), then deployment files validated.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true
command -v nats-server >/dev/null || { echo "test: nats-server is not installed (apt-get install -y nats-server); integration tests need a real broker" >&2; exit 1; }
echo "== contracts: regenerate and compare"
bash tools/scripts/proto-gen.sh --check
echo "== lint, typecheck (all projects)"
npx nx run-many -t lint typecheck --parallel=2 --outputStyle=static
echo "== tests (all projects but the CLI; integration tests start their own nats-server)"
npx nx run-many -t test --exclude=cli --parallel=2 --outputStyle=static
# The CLI's end-to-end tests run whole fabrics (11 virtual nodes × 7 services, emulated links):
# alone on the machine, so emulated RTTs are not distorted by other suites competing for the cores.
echo "== tests of the CLI (end to end: cellmesh up, simulate, snapshot, one trace per task)"
npx nx run cli:test --outputStyle=static
# The chaos suite's short form: a real nats-server, 3 node processes under a supervisor, a steady load,
# kill -9 of the root node and a nats-server kill + restart; exits non-zero if a task was lost, committed
# twice or a stale-term write accepted (docs/reliability.md). Alone on the machine for the same reason.
echo "== chaos (short form: npm run chaos -- --short)"
npx tsx tools/chaos/src/main.ts --short --single --out reports/chaos
if [[ -x deploy/scripts/validate.sh ]]; then
  echo "== deploy: compose and Dockerfile validation"
  bash deploy/scripts/validate.sh
fi
echo "== all green"
