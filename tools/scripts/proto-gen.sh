#!/usr/bin/env bash
# Regenerates libs/contracts/src/generated from proto/ with protobufjs-cli (offline, from node_modules).
# With --check, fails when the checked-in generated code differs from a fresh generation.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=libs/contracts/src/generated
mkdir -p "$out"
protos=$(find proto -name '*.proto' | LC_ALL=C sort)
npx --no-install pbjs -t static-module -w commonjs --force-number --no-delimited --no-beautify \
  -p proto -o "$out/cellmesh.js" $protos
npx --no-install pbjs -t json -p proto -o "$out/cellmesh.json" $protos
npx --no-install pbts --no-comments -o "$out/cellmesh.d.ts" "$out/cellmesh.js"
if [[ "${1:-}" == "--check" ]]; then
  if ! git diff --exit-code --stat -- "$out"; then
    echo "proto-gen: generated contracts are out of date; run 'npm run proto:gen' and commit the result" >&2
    exit 1
  fi
  untracked=$(git ls-files --others --exclude-standard -- "$out")
  if [[ -n "$untracked" ]]; then echo "proto-gen: untracked generated files: $untracked" >&2; exit 1; fi
  echo "proto-gen: generated contracts are up to date"
fi
