import fc from 'fast-check';
import { BoundedWaitQueue } from './wait-queue';

const entry = (taskId: string, deadlineMs = 0) => ({ taskId, deadlineMs });

describe('BoundedWaitQueue', () => {
  it('orders by deadline, tasks without one last, then by arrival', () => {
    let q = BoundedWaitQueue.create(10);
    for (const e of [entry('none-1'), entry('late', 300), entry('early', 100), entry('none-2'), entry('late-2', 300)]) {
      const r = q.enqueue(e);
      if (!r.ok) throw new Error(r.reason);
      q = r.queue;
    }
    expect(q.entries().map((e) => e.taskId)).toEqual(['early', 'late', 'late-2', 'none-1', 'none-2']);
  });

  it('is bounded', () => {
    const r1 = BoundedWaitQueue.create(1).enqueue(entry('a'));
    if (!r1.ok) throw new Error(r1.reason);
    expect(r1.queue.isFull).toBe(true);
    expect(r1.queue.enqueue(entry('b'))).toEqual({ ok: false, reason: 'wait-queue-full' });
  });

  it('keeps a redelivered task in its place', () => {
    const r1 = BoundedWaitQueue.create(1).enqueue(entry('a', 5));
    if (!r1.ok) throw new Error(r1.reason);
    expect(r1.queue.enqueue(entry('a', 5))).toEqual({ ok: true, queue: r1.queue });
  });

  it('dequeues, removes and expires', () => {
    let q = BoundedWaitQueue.create(5);
    for (const e of [entry('a', 10), entry('b', 20), entry('c', 30)]) {
      const r = q.enqueue(e);
      if (r.ok) q = r.queue;
    }
    const { expired, queue } = q.expire(20);
    expect(expired.map((e) => e.taskId)).toEqual(['a', 'b']);
    expect(queue.size).toBe(1);
    expect(q.remove('b').entries().map((e) => e.taskId)).toEqual(['a', 'c']);
    const { entry: head, queue: rest } = q.dequeue();
    expect(head?.taskId).toBe('a');
    expect(rest.peek()?.taskId).toBe('b');
    expect(BoundedWaitQueue.create(1).dequeue().entry).toBeUndefined();
  });

  it('refuses a nonsense capacity', () => {
    expect(() => BoundedWaitQueue.create(-1)).toThrow(RangeError);
  });

  it('never exceeds its capacity and always stays sorted', () => {
    fc.assert(
      fc.property(fc.nat(8), fc.array(fc.tuple(fc.nat(20), fc.nat(5)), { maxLength: 40 }), (capacity, items) => {
        let q = BoundedWaitQueue.create(capacity);
        for (const [id, deadline] of items) {
          const r = q.enqueue(entry(`t${id}`, deadline));
          if (r.ok) q = r.queue;
          expect(q.size).toBeLessThanOrEqual(capacity);
        }
        const deadlines = q.entries().map((e) => (e.deadlineMs > 0 ? e.deadlineMs : Infinity));
        expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
      }),
    );
  });
});
