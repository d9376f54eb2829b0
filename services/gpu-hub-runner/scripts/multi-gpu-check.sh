#!/usr/bin/env bash
# gpu-hub-runner multi-GPU check (issue 13), run from the repository root on a GPU machine (nvidia-smi,
# python3 + PyTorch; Node.js carried as .device/node; the entry bundled by tools/scripts/device-bundle.sh).
# No NATS server needed. Exit 0 only when every check passed.
#   bash services/gpu-hub-runner/scripts/multi-gpu-check.sh                # real GPUs (2 × GPUs + 1 matmul tasks)
#   bash services/gpu-hub-runner/scripts/multi-gpu-check.sh --emulated     # no GPU: 2 EMULATED GPUs, CPU stand-in
# Other flags: --tasks N --vram MiB --size N --iterations N --dtype T --slots N --min-gpus N (see the entry's usage line).
set -euo pipefail
cd "$(dirname "$0")/../../.."
NODE="${NODE:-.device/node}"
if [ ! -x "$NODE" ]; then NODE="$(command -v node || true)"; fi
if [ -z "$NODE" ]; then echo "multi-gpu-check: no Node.js (expected .device/node or node on PATH)" >&2; exit 127; fi
echo "node: $("$NODE" --version) ($NODE)"
if command -v nvidia-smi >/dev/null 2>&1; then
  nvidia-smi --query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu --format=csv,noheader,nounits | sed 's/^/nvidia-smi: /'
  nvidia-smi topo -m 2>/dev/null | sed 's/^/nvidia-smi topo: /' || true
else
  echo "nvidia-smi: not found"
fi
python3 -c "import torch;print('torch', torch.__version__, 'cuda available', torch.cuda.is_available(), 'devices', torch.cuda.device_count())" 2>/dev/null || echo "torch: not importable (fine for --emulated)"
if [ -f services/gpu-hub-runner/dist/multi-gpu-check.js ]; then
  exec "$NODE" services/gpu-hub-runner/dist/multi-gpu-check.js "$@"
fi
exec "$NODE" --import tsx services/gpu-hub-runner/src/multi-gpu-check.ts "$@"
