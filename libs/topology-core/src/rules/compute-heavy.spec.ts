import { DEFAULT_CA_PARAMS as p } from '../params';
import { cell, peer } from '../test-support/builders';
import { ComputeHeavyReason as R, decideComputeHeavy } from './compute-heavy';

const gpuRich = { id: 's', clusterId: 'a', gpus: 2, vramMb: 24576 };
const clusterPeers = (...rtts: number[]) => rtts.map((rttMs, k) => peer({ id: `m${k}`, clusterId: 'a', rttMs }));

describe('decideComputeHeavy', () => {
  it.each([
    { name: 'no GPU', self: { ...gpuRich, gpus: 0 }, rtts: [0.5], want: false, reason: R.TooFewGpus },
    { name: 'too little VRAM', self: { ...gpuRich, vramMb: 4096 }, rtts: [0.5], want: false, reason: R.TooLittleVram },
    { name: 'GPU-rich and close', self: gpuRich, rtts: [0.5, 0.6, 9], want: true, reason: R.GpuRichCloseToCluster },
    { name: 'GPU-rich but far', self: gpuRich, rtts: [3, 3.5], want: false, reason: R.FarFromCluster },
    { name: 'alone in its cluster', self: gpuRich, rtts: [], want: true, reason: R.GpuRichAloneInCluster },
    { name: 'hysteresis: a new node needs ≤ limit·(1−h)', self: gpuRich, rtts: [1.8], want: false, reason: R.FarFromCluster },
    {
      name: 'hysteresis: an accepting node keeps it up to limit·(1+h)',
      self: { ...gpuRich, acceptsComputeHeavy: true },
      rtts: [2.4],
      want: true,
      reason: R.GpuRichCloseToCluster,
    },
  ])('$name', ({ self, rtts, want, reason }) => {
    expect(decideComputeHeavy(cell(self), clusterPeers(...rtts), p)).toEqual({ acceptsComputeHeavy: want, reason });
  });

  it('judges closeness by its own cluster only', () => {
    const nbrs = [peer({ id: 'far', clusterId: 'a', rttMs: 5 }), peer({ id: 'near', clusterId: 'b', rttMs: 0.1 })];
    expect(decideComputeHeavy(cell(gpuRich), nbrs, p).reason).toBe(R.FarFromCluster);
  });
});
