#!/usr/bin/env bash
# gpu-hub-runner device check, run from the repository root on a GPU machine (nvidia-smi, python3 +
# PyTorch; Node.js carried as .device/node, node_modules carried for tsx). No NATS server needed.
#   bash services/gpu-hub-runner/scripts/device-check.sh            # real GPU
#   bash services/gpu-hub-runner/scripts/device-check.sh --emulated # no GPU: EMULATED device, CPU stand-in
set -euo pipefail
cd "$(dirname "$0")/../../.."
NODE="${NODE:-.device/node}"
if [ ! -x "$NODE" ]; then NODE="$(command -v node || true)"; fi
if [ -z "$NODE" ]; then echo "device-check: no Node.js (expected .device/node or node on PATH)" >&2; exit 127; fi
echo "node: $("$NODE" --version) ($NODE)"
if command -v nvidia-smi >/dev/null 2>&1; then
  nvidia-smi --query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu --format=csv,noheader,nounits | sed 's/^/nvidia-smi: /'
else
  echo "nvidia-smi: not found"
fi
python3 -c "import torch;print('torch', torch.__version__, 'cuda available', torch.cuda.is_available(), 'devices', torch.cuda.device_count())" 2>/dev/null || echo "torch: not importable (fine for --emulated)"
# The GPU machine has no node_modules (carry limit): tools/scripts/device-bundle.sh bundles the entry.
if [ -f services/gpu-hub-runner/dist/device-check.js ]; then
  exec "$NODE" services/gpu-hub-runner/dist/device-check.js "$@"
fi
exec "$NODE" --import tsx services/gpu-hub-runner/src/device-check.ts "$@"
