import fc from 'fast-check';
import { NetCoordsError } from './errors';
import { hashSeed, seededRandom } from './random';
import { DEFAULT_VIVALDI_PARAMS, NetCoord, estimateError, estimateRttMs, initialCoord, relativeError, updateCoord } from './vivaldi';

/** 4 clusters on a plane (tens to ~200 ms apart), each node with a private access delay. */
function clusteredWorld(nodeCount: number, seed: number): { rttMs: (i: number, j: number) => number; clusterOf: (i: number) => number } {
  const random = seededRandom(seed);
  const centres = [
    [0, 0],
    [80, 10],
    [20, 120],
    [150, 140],
  ];
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const [cx, cy] = centres[i % centres.length];
    return { x: cx + random() * 2, y: cy + random() * 2, accessMs: 0.1 + random() * 0.5 };
  });
  return {
    clusterOf: (i) => i % centres.length,
    rttMs: (i, j) => Math.hypot(nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y) + nodes[i].accessMs + nodes[j].accessMs,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('Vivaldi on a clustered world', () => {
  const nodeCount = 50;
  const world = clusteredWorld(nodeCount, 1);
  const random = seededRandom(2);
  const coords: NetCoord[] = Array.from({ length: nodeCount }, () => initialCoord());
  const medianError = () => {
    const errors: number[] = [];
    for (let i = 0; i < nodeCount; i++) for (let j = i + 1; j < nodeCount; j++) errors.push(relativeError(estimateRttMs(coords[i], coords[j]), world.rttMs(i, j)));
    return median(errors);
  };
  const errorBefore = medianError();
  for (let round = 0; round < 200; round++) {
    for (let i = 0; i < nodeCount; i++) {
      let j = Math.floor(random() * (nodeCount - 1));
      if (j >= i) j++;
      coords[i] = updateCoord(coords[i], coords[j], world.rttMs(i, j), { seed: hashSeed(i, j, round) });
    }
  }

  it('estimates RTTs it never measured with a median relative error below 0.25', () => {
    expect(errorBefore).toBeGreaterThan(0.9);
    expect(medianError()).toBeLessThan(0.25);
  });

  it('still tells same-cluster peers from other clusters by estimate alone', () => {
    let widestInside = 0;
    let closestAcross = Number.POSITIVE_INFINITY;
    for (let i = 0; i < nodeCount; i++) {
      for (let j = i + 1; j < nodeCount; j++) {
        const estimate = estimateRttMs(coords[i], coords[j]);
        if (world.clusterOf(i) === world.clusterOf(j)) widestInside = Math.max(widestInside, estimate);
        else closestAcross = Math.min(closestAcross, estimate);
      }
    }
    expect(widestInside).toBeLessThan(closestAcross / 2);
  });

  it('lowers the nodes\u2019 own error estimates from the initial maximum', () => {
    expect(median(coords.map((c) => c.error))).toBeLessThan(0.5 * DEFAULT_VIVALDI_PARAMS.maxError);
  });
});

describe('updateCoord', () => {
  it('separates coincident coordinates in a seed-determined direction', () => {
    const a = initialCoord();
    const b = initialCoord();
    const moved = updateCoord(a, b, 50, { seed: 9 });
    expect(Math.hypot(...moved.vec)).toBeGreaterThan(0);
    expect(updateCoord(a, b, 50, { seed: 9 })).toEqual(moved);
    expect(updateCoord(a, b, 50, { seed: 10 }).vec).not.toEqual(moved.vec);
  });

  it('moves toward the remote when the prediction is too long and away when too short', () => {
    const self: NetCoord = { vec: [10, 0, 0], height: 1, error: 1 };
    const remote: NetCoord = { vec: [0, 0, 0], height: 1, error: 1 };
    expect(estimateRttMs(updateCoord(self, remote, 5, { seed: 1 }), remote)).toBeLessThan(12);
    expect(estimateRttMs(updateCoord(self, remote, 30, { seed: 1 }), remote)).toBeGreaterThan(12);
  });

  it('lets an uncertain node move more than a confident one (adaptive timestep)', () => {
    const remote: NetCoord = { vec: [0, 0, 0], height: 1, error: 0.5 };
    const step = (error: number) => {
      const self: NetCoord = { vec: [10, 0, 0], height: 1, error };
      return Math.abs(estimateRttMs(updateCoord(self, remote, 40, { seed: 1 }), remote) - 12);
    };
    expect(step(1.5)).toBeGreaterThan(step(0.1));
  });

  it('rejects samples and coordinates that would poison the state', () => {
    const c = initialCoord();
    expect(() => updateCoord(c, c, -1, { seed: 1 })).toThrow(NetCoordsError);
    expect(() => updateCoord(c, c, Number.NaN, { seed: 1 })).toThrow('measuredRttMs');
    expect(() => updateCoord(c, { ...c, vec: [0, Number.POSITIVE_INFINITY, 0] }, 5, { seed: 1 })).toThrow('remote.vec[1]');
    expect(() => initialCoord(0)).toThrow('dims');
  });

  const coordArb = fc.record({
    vec: fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { minLength: 3, maxLength: 3 }),
    height: fc.double({ min: 0, max: 50, noNaN: true }),
    error: fc.double({ min: 0, max: 1.5, noNaN: true }),
  });

  it('never produces a negative height or an error above the ceiling', () => {
    fc.assert(
      fc.property(coordArb, coordArb, fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer(), (self, remote, rtt, seed) => {
        const next = updateCoord(self, remote, rtt, { seed });
        expect(next.height).toBeGreaterThanOrEqual(DEFAULT_VIVALDI_PARAMS.minHeightMs);
        expect(next.error).toBeGreaterThanOrEqual(0);
        expect(next.error).toBeLessThanOrEqual(DEFAULT_VIVALDI_PARAMS.maxError);
        expect(next.vec.every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('keeps heights non-negative over long random update sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.double({ min: 0, max: 300, noNaN: true })), { maxLength: 60 }), (steps) => {
        const coords = Array.from({ length: 4 }, () => initialCoord());
        steps.forEach(([i, j, rtt], n) => {
          coords[i] = updateCoord(coords[i], coords[j], rtt, { seed: n });
        });
        expect(coords.every((c) => c.height >= 0)).toBe(true);
      }),
    );
  });

  it('gives symmetric estimates', () => {
    fc.assert(
      fc.property(coordArb, coordArb, (a, b) => {
        expect(estimateRttMs(a, b)).toBe(estimateRttMs(b, a));
        expect(estimateError(a, b)).toBe(estimateError(b, a));
      }),
    );
  });
});
