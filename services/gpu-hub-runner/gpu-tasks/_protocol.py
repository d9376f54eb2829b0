"""Shared protocol of the gpu-hub-runner's task scripts.

The runner starts one process per task, pinned to one GPU with CUDA_VISIBLE_DEVICES, and passes:
  stdin                      JSON parameters, already validated by the runner
  CELLMESH_GPU_EMULATED=1    no real GPU: run the CPU stand-in and report the declared VRAM
  CELLMESH_GPU_UUID / _NAME  the device the runner pinned (the emulated device's identity)
  CELLMESH_ARTIFACT_PATH     where to write a binary artifact (render output), if any
The script prints ONE JSON line on stdout:
  {"ok": true, "device": {"uuid", "name", "emulated"}, "vramUsedMib", "computeMs", "output": {...}}
or exits non-zero with a reason on stderr.
"""
import json
import os
import sys
import time


def emulated():
    return os.environ.get("CELLMESH_GPU_EMULATED") == "1"


def read_params():
    return json.loads(sys.stdin.read() or "{}")


def torch_device():
    """The one device this process may see (the runner pinned it), with its UUID as nvidia-smi spells it."""
    import torch  # imported lazily: emulated runs need no torch

    if not torch.cuda.is_available():
        raise RuntimeError("CUDA is not available to this process (CUDA_VISIBLE_DEVICES=%r)" % os.environ.get("CUDA_VISIBLE_DEVICES"))
    if torch.cuda.device_count() != 1:
        raise RuntimeError("expected exactly one visible GPU after pinning, saw %d" % torch.cuda.device_count())
    props = torch.cuda.get_device_properties(0)
    uuid = getattr(props, "uuid", None)
    uuid = ("GPU-" + str(uuid)) if uuid is not None and not str(uuid).startswith("GPU-") else str(uuid)
    return torch, torch.device("cuda:0"), {"uuid": uuid, "name": props.name, "emulated": False}


def emulated_device():
    return {"uuid": os.environ.get("CELLMESH_GPU_UUID", "EMU"), "name": os.environ.get("CELLMESH_GPU_NAME", "emulated GPU"), "emulated": True}


def finish(device, vram_used_mib, started, output):
    sys.stdout.write(json.dumps({"ok": True, "device": device, "vramUsedMib": int(round(vram_used_mib)), "computeMs": (time.perf_counter() - started) * 1000.0, "output": output}) + "\n")
    sys.stdout.flush()


def fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(2)
