"""GPU task `render`: renders one frame (a Mandelbrot view) on the pinned GPU and writes it as a
binary PPM (P6) to CELLMESH_ARTIFACT_PATH; the runner streams it to render.<gameId>.<roomId>."""
import time

import _protocol as p


def ppm(width, height, rgb_bytes):
    return b"P6\n%d %d\n255\n" % (width, height) + rgb_bytes


def colour(it, max_iter):
    if it >= max_iter:
        return (0, 0, 0)
    t = it / max_iter
    return (int(9 * (1 - t) * t ** 3 * 255), int(15 * (1 - t) ** 2 * t ** 2 * 255), int(8.5 * (1 - t) ** 3 * t * 255))


def main():
    params = p.read_params()
    w, h, max_iter = int(params["width"]), int(params["height"]), int(params["maxIterations"])
    cx, cy, zoom = float(params["centerX"]), float(params["centerY"]), float(params["zoom"])
    started = time.perf_counter()
    if p.emulated():
        # CPU stand-in: the same picture in plain Python, computing every `stride`-th pixel and
        # repeating it (the runner picks the stride so the work stays small); the frame keeps its size.
        stride = int(params.get("emulatedStride", 1))
        cache = {}
        out = bytearray()
        for y in range(h):
            for x in range(w):
                key = (x // stride, y // stride)
                if key in cache:
                    out.extend(cache[key])
                    continue
                x0, y0 = key[0] * stride, key[1] * stride
                zr = zi = 0.0
                cr = cx + (x0 - w / 2) * (3.0 / zoom) / w
                ci = cy + (y0 - h / 2) * (3.0 / zoom) / w
                it = 0
                while it < max_iter and zr * zr + zi * zi <= 4.0:
                    zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                    it += 1
                cache[key] = bytes(colour(it, max_iter))
                out.extend(cache[key])
        data = ppm(w, h, bytes(out))
        device, vram = p.emulated_device(), params["declaredVramMib"]
    else:
        torch, dev, device = p.torch_device()
        torch.cuda.reset_peak_memory_stats(dev)
        xs = cx + (torch.arange(w, device=dev, dtype=torch.float32) - w / 2) * (3.0 / zoom) / w
        ys = cy + (torch.arange(h, device=dev, dtype=torch.float32) - h / 2) * (3.0 / zoom) / w
        c = torch.complex(xs.unsqueeze(0).expand(h, w), ys.unsqueeze(1).expand(h, w))
        z = torch.zeros_like(c)
        its = torch.full((h, w), max_iter, device=dev, dtype=torch.int32)
        for i in range(max_iter):
            z = torch.where(its == max_iter, z * z + c, z)
            escaped = (z.abs() > 2.0) & (its == max_iter)
            its[escaped] = i
        t = its.float() / max_iter
        inside = its == max_iter
        r = torch.where(inside, 0.0, 9 * (1 - t) * t ** 3)
        g = torch.where(inside, 0.0, 15 * (1 - t) ** 2 * t ** 2)
        b = torch.where(inside, 0.0, 8.5 * (1 - t) ** 3 * t)
        rgb = (torch.stack([r, g, b], dim=-1).clamp(0, 1) * 255).to(torch.uint8)
        torch.cuda.synchronize(dev)
        data = ppm(w, h, rgb.cpu().numpy().tobytes())
        vram = torch.cuda.max_memory_allocated(dev) / (1024 * 1024)
    import os

    with open(os.environ["CELLMESH_ARTIFACT_PATH"], "wb") as f:
        f.write(data)
    p.finish(device, vram, started, {"width": w, "height": h, "contentType": "image/x-portable-pixmap", "bytes": len(data), "emulated": device["emulated"]})


if __name__ == "__main__":
    try:
        main()
    except Exception as e:
        p.fail("%s: %s" % (type(e).__name__, e))
