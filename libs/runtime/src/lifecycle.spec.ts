import { createServiceHandle, stopAll } from './lifecycle';

describe('service lifecycle', () => {
  it('runs the stop routine once however often stop() is called', async () => {
    const calls: number[] = [];
    const handle = createServiceHandle('svc', async ({ graceMs }) => void calls.push(graceMs));
    expect(handle.state).toBe('running');
    await Promise.all([handle.stop({ graceMs: 10 }), handle.stop(), handle.stop()]);
    expect(calls).toEqual([10]);
    expect(handle.state).toBe('stopped');
    await expect(handle.stopped).resolves.toBeNull();
  });

  it('reports a failing stop routine as failed with its error', async () => {
    const handle = createServiceHandle('svc', async () => {
      throw new Error('drain timed out');
    });
    await handle.stop();
    expect(handle.state).toBe('failed');
    await expect(handle.stopped).resolves.toEqual(new Error('drain timed out'));
  });

  it('records a background failure', async () => {
    const handle = createServiceHandle('svc', async () => undefined);
    handle.fail(new Error('consumer loop died'));
    expect(handle.state).toBe('failed');
    await expect(handle.stopped).resolves.toEqual(new Error('consumer loop died'));
  });

  it('stops handles in reverse start order', async () => {
    const order: string[] = [];
    const make = (name: string) => createServiceHandle(name, async () => void order.push(name));
    await stopAll([make('metrics'), make('scheduler'), make('worker')]);
    expect(order).toEqual(['worker', 'scheduler', 'metrics']);
  });
});
