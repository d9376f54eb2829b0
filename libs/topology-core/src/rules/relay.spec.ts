import { DEFAULT_CA_PARAMS as p } from '../params';
import { cell, peer } from '../test-support/builders';
import type { NeighbourView } from '../types';
import { RelayReason as R, decideRelay } from './relay';

const cases: Array<{ name: string; relayId?: string; nbrs: NeighbourView[]; want: string | null; reason: R }> = [
  {
    name: 'the closest peer of another cluster',
    nbrs: [peer({ id: 'm', clusterId: 'a', rttMs: 0.5 }), peer({ id: 'x', rttMs: 40 }), peer({ id: 'y', rttMs: 30 })],
    want: 'y',
    reason: R.ClosestInOtherCluster,
  },
  { name: 'ties to the smaller id', nbrs: [peer({ id: 'y', rttMs: 30 }), peer({ id: 'x', rttMs: 30 })], want: 'x', reason: R.ClosestInOtherCluster },
  { name: 'estimated links count', nbrs: [peer({ id: 'x', rttMs: 30, measured: false })], want: 'x', reason: R.ClosestInOtherCluster },
  { name: 'none outside the cluster', nbrs: [peer({ id: 'm', clusterId: 'a', rttMs: 0.5 })], want: null, reason: R.NoPeerInOtherCluster },
  {
    name: 'keeps the current relay within (1+h)/(1−h) of the best',
    relayId: 'x',
    nbrs: [peer({ id: 'x', rttMs: 45 }), peer({ id: 'y', rttMs: 30 })],
    want: 'x',
    reason: R.KeptWithinBand,
  },
  {
    name: 'switches when the current relay is clearly worse',
    relayId: 'x',
    nbrs: [peer({ id: 'x', rttMs: 60 }), peer({ id: 'y', rttMs: 30 })],
    want: 'y',
    reason: R.ClosestInOtherCluster,
  },
  {
    name: 'switches when the current relay joined our cluster',
    relayId: 'x',
    nbrs: [peer({ id: 'x', clusterId: 'a', rttMs: 1 }), peer({ id: 'y', rttMs: 30 })],
    want: 'y',
    reason: R.ClosestInOtherCluster,
  },
];

describe('decideRelay', () => {
  it.each(cases)('$name', ({ relayId, nbrs, want, reason }) => {
    expect(decideRelay(cell({ id: 's', clusterId: 'a', relayId: relayId ?? null }), nbrs, p)).toEqual({ relayId: want, reason });
  });
});
