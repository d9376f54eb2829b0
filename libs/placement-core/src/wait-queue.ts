/** An entry waiting for GPU capacity. */
export interface WaitingTask {
  readonly taskId: string;
  /** Absolute epoch ms; 0 means no deadline (waits behind every task that has one). */
  readonly deadlineMs: number;
}

interface Slot<T> {
  readonly entry: T;
  readonly arrival: number;
}

export type EnqueueResult<T extends WaitingTask> =
  | { readonly ok: true; readonly queue: BoundedWaitQueue<T> }
  | { readonly ok: false; readonly reason: 'wait-queue-full' };

function before<T extends WaitingTask>(a: Slot<T>, b: Slot<T>): boolean {
  const da = a.entry.deadlineMs > 0 ? a.entry.deadlineMs : Infinity;
  const db = b.entry.deadlineMs > 0 ? b.entry.deadlineMs : Infinity;
  return da !== db ? da < db : a.arrival < b.arrival;
}

/**
 * Tasks waiting for GPU capacity, bounded so a burst cannot grow memory without limit. Ordered by
 * deadline (earliest first; none last), then by arrival. Immutable: every change returns a new queue.
 */
export class BoundedWaitQueue<T extends WaitingTask = WaitingTask> {
  static create<T extends WaitingTask = WaitingTask>(capacity: number): BoundedWaitQueue<T> {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`wait queue capacity must be a non-negative integer, got ${capacity}`);
    return new BoundedWaitQueue<T>(capacity, [], 0);
  }

  private constructor(
    readonly capacity: number,
    private readonly slots: readonly Slot<T>[],
    private readonly nextArrival: number,
  ) {}

  get size(): number {
    return this.slots.length;
  }

  get isFull(): boolean {
    return this.slots.length >= this.capacity;
  }

  has(taskId: string): boolean {
    return this.slots.some((s) => s.entry.taskId === taskId);
  }

  /** Entries in service order. */
  entries(): T[] {
    return this.slots.map((s) => s.entry);
  }

  peek(): T | undefined {
    return this.slots[0]?.entry;
  }

  /** Idempotent on taskId: a redelivered task keeps its place. */
  enqueue(entry: T): EnqueueResult<T> {
    if (this.has(entry.taskId)) return { ok: true, queue: this };
    if (this.isFull) return { ok: false, reason: 'wait-queue-full' };
    const slot: Slot<T> = { entry, arrival: this.nextArrival };
    let lo = 0;
    let hi = this.slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.slots[mid], slot)) lo = mid + 1;
      else hi = mid;
    }
    const slots = [...this.slots.slice(0, lo), slot, ...this.slots.slice(lo)];
    return { ok: true, queue: new BoundedWaitQueue(this.capacity, slots, this.nextArrival + 1) };
  }

  /** Takes the head off. */
  dequeue(): { entry: T | undefined; queue: BoundedWaitQueue<T> } {
    if (this.slots.length === 0) return { entry: undefined, queue: this };
    return { entry: this.slots[0].entry, queue: new BoundedWaitQueue(this.capacity, this.slots.slice(1), this.nextArrival) };
  }

  remove(taskId: string): BoundedWaitQueue<T> {
    if (!this.has(taskId)) return this;
    return new BoundedWaitQueue(this.capacity, this.slots.filter((s) => s.entry.taskId !== taskId), this.nextArrival);
  }

  /** Drops entries whose deadline has passed; they go back to the caller to be rejected. */
  expire(nowMs: number): { expired: T[]; queue: BoundedWaitQueue<T> } {
    const isExpired = (s: Slot<T>) => s.entry.deadlineMs > 0 && s.entry.deadlineMs <= nowMs;
    const expired = this.slots.filter(isExpired).map((s) => s.entry);
    if (expired.length === 0) return { expired, queue: this };
    return { expired, queue: new BoundedWaitQueue(this.capacity, this.slots.filter((s) => !isExpired(s)), this.nextArrival) };
  }
}
