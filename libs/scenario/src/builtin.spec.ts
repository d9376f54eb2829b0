import { builtInWorld } from './builtin';

describe('builtInWorld', () => {
  const world = builtInWorld();

  it('has at most 12 nodes in 3 sites with readable ids', () => {
    expect(world.nodes.length).toBeLessThanOrEqual(12);
    expect(new Set(world.truth!.siteOf)).toEqual(new Set(['eu-west', 'us-east', 'ap-south']));
    world.nodes.forEach((node) => expect(node.id).toMatch(/^(eu|us|ap)-\d$/));
  });

  it('has a 2-GPU hub and another GPU node', () => {
    const gpuNodes = world.nodes.filter((node) => node.gpus > 0);
    expect(gpuNodes.map((node) => [node.id, node.gpus])).toEqual([
      ['eu-1', 2],
      ['us-1', 1],
    ]);
  });

  it('has LAN links inside sites and transatlantic-scale RTT between eu-west and us-east', () => {
    const at = (id: string) => world.indexOf(id);
    expect(world.rttMs(at('eu-1'), at('eu-2'))).toBeLessThan(1.5);
    const transatlantic = world.rttMs(at('eu-1'), at('us-1'));
    expect(transatlantic).toBeGreaterThan(60);
    expect(transatlantic).toBeLessThan(120);
  });

  it('is the same world every time', () => {
    expect(builtInWorld().rttMs(1, 9)).toBe(world.rttMs(1, 9));
  });
});
