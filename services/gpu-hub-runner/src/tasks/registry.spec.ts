import { resolveGpuTask, gpuTaskKinds, MAX_EMULATED_RENDER_PIXELS } from './registry';

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

describe('GPU task registry', () => {
  it('registers matmul (commit path) and render (direct render path)', () => {
    expect([...gpuTaskKinds.values()].map((k) => [k.name, k.script, k.outputPath])).toEqual([['matmul', 'matmul.py', 'commit'], ['render', 'render.py', 'render']]);
  });

  it('fills defaults and passes validated parameters', () => {
    expect(resolveGpuTask('matmul', json({ size: 1024 }), { emulated: false }).params).toEqual({ size: 1024, iterations: 10, dtype: 'float16' });
    expect(resolveGpuTask('render', new Uint8Array(), { emulated: false }).params).toEqual({ width: 640, height: 360, maxIterations: 100, centerX: -0.5, centerY: 0, zoom: 1 });
  });

  it.each([
    ['matmul', json({ size: 8 }), 'GpuTaskInputError', 'matmul: payload.size must be an integer in [16, 32768], got 8'],
    ['matmul', json({ dtype: 'int4' }), 'GpuTaskInputError', 'matmul: payload.dtype must be one of float32, float16, bfloat16, got "int4"'],
    ['matmul', new TextEncoder().encode('nope'), 'GpuTaskInputError', /^matmul: payload is not valid JSON/],
    ['render', json({ width: 0 }), 'GpuTaskInputError', 'render: payload.width must be an integer in [1, 7680], got 0'],
    ['raytrace', json({}), 'UnknownGpuTaskKindError', 'GPU task kind "raytrace" is not registered (known: matmul, render)'],
  ])('%s rejects bad input with a named reason (%#)', (kind, payload, name, message) => {
    let caught: Error | undefined;
    try {
      resolveGpuTask(kind, payload, { emulated: false });
    } catch (err) {
      caught = err as Error;
    }
    expect(caught?.name).toBe(name);
    expect(caught?.message).toMatch(message);
  });

  it('bounds the work of the emulated render stand-in with a pixel stride', () => {
    const params = resolveGpuTask('render', json({ width: 1920, height: 1080 }), { emulated: true }).params;
    expect(params).toMatchObject({ width: 1920, height: 1080, emulatedStride: 11 });
    expect(Math.ceil(1920 / 11) * Math.ceil(1080 / 11)).toBeLessThanOrEqual(MAX_EMULATED_RENDER_PIXELS);
    expect(resolveGpuTask('render', json({ width: 1920, height: 1080 }), { emulated: false }).params).not.toHaveProperty('emulatedStride');
  });
});
