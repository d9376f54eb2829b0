#!/usr/bin/env bash
# Prepares what the GPU device machine needs (it has no Node.js and the carry limit is 64 MiB):
# an xz copy of this machine's node binary and esbuild bundles of the device entry points.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .device services/gpu-hub-runner/dist
[[ -f .device/node.xz ]] || xz -T2 -9 -k -c "$(command -v node)" > .device/node.xz
esbuild=node_modules/.bin/esbuild
# Bundled into the service's dist/ so the runner still finds ../gpu-tasks/*.py beside it.
$esbuild services/gpu-hub-runner/src/device-check.ts --bundle --platform=node --target=node20 --log-level=warning --outfile=services/gpu-hub-runner/dist/device-check.js
$esbuild services/gpu-hub-runner/src/multi-gpu-check.ts --bundle --platform=node --target=node20 --log-level=warning --outfile=services/gpu-hub-runner/dist/multi-gpu-check.js
$esbuild tools/scripts/device-gpu-detect.ts --bundle --platform=node --target=node20 --log-level=warning --outfile=.device/gpu-detect.js
ls -la .device services/gpu-hub-runner/dist
