/**
 * Sleeps used by the link emulator. Node's timers fire on whole milliseconds and often up to 1 ms
 * late, which would double a 1 ms emulated link; so the last `spinBelowMs` of a delay are waited out
 * by re-queuing setImmediate until performance.now() reaches the target (the event loop keeps
 * serving I/O meanwhile). Every sleep is cancellable so stop() never leaves a reply behind.
 */
export interface DelayScheduler {
  /** Resolves true after `ms`, or false as soon as cancelAll() runs. */
  sleep(ms: number): Promise<boolean>;
  cancelAll(): void;
}

export function createDelayScheduler(spinBelowMs: number): DelayScheduler {
  const pending = new Set<() => void>();
  let cancelled = false;
  return {
    sleep(ms) {
      if (cancelled) return Promise.resolve(false);
      const target = performance.now() + ms;
      return new Promise<boolean>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const cancel = () => {
          if (timer) clearTimeout(timer);
          pending.delete(cancel);
          resolve(false);
        };
        pending.add(cancel);
        const spin = () => {
          timer = undefined;
          if (cancelled) return;
          if (performance.now() >= target) {
            pending.delete(cancel);
            resolve(true);
          } else setImmediate(spin);
        };
        const coarseMs = ms - spinBelowMs;
        if (spinBelowMs <= 0) timer = setTimeout(() => (pending.delete(cancel), resolve(true)), Math.max(0, ms));
        else if (coarseMs >= 1) timer = setTimeout(spin, coarseMs);
        else spin();
      });
    },
    cancelAll() {
      cancelled = true;
      for (const cancel of [...pending]) cancel();
    },
  };
}
