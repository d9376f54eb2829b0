"""GPU task `matmul`: repeated dense matrix products on the pinned GPU; reports TFLOP/s, the peak
VRAM torch allocated (torch.cuda.max_memory_allocated) and the device UUID/name it saw."""
import random
import time

import _protocol as p


def main():
    params = p.read_params()
    size, iterations, dtype_name = int(params["size"]), int(params["iterations"]), params["dtype"]
    started = time.perf_counter()
    flops = 2.0 * size ** 3 * iterations
    if p.emulated():
        # CPU stand-in: a small real product for a checksum, then time proportional to the work
        # at an assumed 20 TFLOP/s; VRAM reported is the task's declared need.
        n = min(size, 32)
        rng = random.Random(size)
        a = [[rng.random() for _ in range(n)] for _ in range(n)]
        c = [[sum(a[i][k] * a[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
        time.sleep(min(flops / 20e12, float(params.get("emulatedMaxSeconds", 30))))
        elapsed = time.perf_counter() - started
        p.finish(p.emulated_device(), params["declaredVramMib"], started, {"size": size, "iterations": iterations, "dtype": dtype_name, "tflops": flops / elapsed / 1e12, "checksum": sum(map(sum, c)), "emulated": True})
        return
    torch, dev, device = p.torch_device()
    dtype = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}[dtype_name]
    torch.cuda.reset_peak_memory_stats(dev)
    a = torch.randn(size, size, device=dev, dtype=dtype)
    b = torch.randn(size, size, device=dev, dtype=dtype)
    torch.cuda.synchronize(dev)
    t0 = time.perf_counter()
    c = a
    for _ in range(iterations):
        c = a @ b
    torch.cuda.synchronize(dev)
    elapsed = time.perf_counter() - t0
    peak = torch.cuda.max_memory_allocated(dev) / (1024 * 1024)
    p.finish(device, peak, started, {"size": size, "iterations": iterations, "dtype": dtype_name, "tflops": flops / elapsed / 1e12, "kernelMs": elapsed * 1000.0, "checksum": float(c.float().sum().item()), "emulated": False})


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # the runner turns this into a FAILED result with the reason
        p.fail("%s: %s" % (type(e).__name__, e))
