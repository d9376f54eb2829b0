import { DEFAULT_CA_PARAMS as p } from '../params';
import { cell, peer } from '../test-support/builders';
import type { CellView, NeighbourView } from '../types';
import { ParentReason as R, decideParent } from './parent';

const saturated = { id: 's', clusterId: 'a', relayLoadMbps: 900, fanout: 2 };
const cases: Array<{ name: string; self: Partial<CellView> & { id: string }; nbrs: NeighbourView[]; want: string | null; reason: R }> = [
  { name: 'calm uplink: no parent', self: { id: 's', clusterId: 'a' }, nbrs: [peer({ id: 'p', clusterId: 'a', rttMs: 1 })], want: null, reason: R.UplinkNotSaturated },
  {
    name: 'saturated: the peer with most fan-out, then lowest RTT',
    self: saturated,
    nbrs: [
      peer({ id: 'p1', clusterId: 'a', rttMs: 1, fanout: 16 }),
      peer({ id: 'p2', clusterId: 'a', rttMs: 0.5, fanout: 16 }),
      peer({ id: 'p3', clusterId: 'a', rttMs: 0.2, fanout: 8 }),
    ],
    want: 'p2',
    reason: R.TookParent,
  },
  {
    name: 'equal RTT ties to the smaller id',
    self: saturated,
    nbrs: [peer({ id: 'q', clusterId: 'a', rttMs: 1 }), peer({ id: 'p', clusterId: 'a', rttMs: 1 })],
    want: 'p',
    reason: R.TookParent,
  },
  { name: 'never a peer of another cluster', self: saturated, nbrs: [peer({ id: 'p', clusterId: 'b', rttMs: 0.3 })], want: null, reason: R.NoCandidate },
  { name: 'never a peer with no more fan-out than ours', self: saturated, nbrs: [peer({ id: 'p', clusterId: 'a', rttMs: 0.3, fanout: 2 })], want: null, reason: R.NoCandidate },
  {
    name: 'never a peer whose parent is us',
    self: saturated,
    nbrs: [peer({ id: 'p', clusterId: 'a', rttMs: 0.3, parentId: 's' })],
    want: null,
    reason: R.NoCandidate,
  },
  {
    name: 'keeps a valid parent even when a better one appears',
    self: { ...saturated, parentId: 'p1' },
    nbrs: [peer({ id: 'p1', clusterId: 'a', rttMs: 1, fanout: 8 }), peer({ id: 'p2', clusterId: 'a', rttMs: 0.2, fanout: 16 })],
    want: 'p1',
    reason: R.KeptParent,
  },
  {
    name: 'keeps the parent while load sits between calm and saturated',
    self: { id: 's', clusterId: 'a', relayLoadMbps: 600, parentId: 'p1', fanout: 2 },
    nbrs: [peer({ id: 'p1', clusterId: 'a', rttMs: 1 })],
    want: 'p1',
    reason: R.KeptParent,
  },
  {
    name: 'takes no new parent between the thresholds',
    self: { id: 's', clusterId: 'a', relayLoadMbps: 600, fanout: 2 },
    nbrs: [peer({ id: 'p1', clusterId: 'a', rttMs: 1 })],
    want: null,
    reason: R.UplinkNotSaturated,
  },
  {
    name: 'releases the parent once calm',
    self: { id: 's', clusterId: 'a', relayLoadMbps: 100, parentId: 'p1', fanout: 2 },
    nbrs: [peer({ id: 'p1', clusterId: 'a', rttMs: 1 })],
    want: null,
    reason: R.UplinkNotSaturated,
  },
  {
    name: 'replaces a parent that left the cluster',
    self: { ...saturated, parentId: 'p1' },
    nbrs: [peer({ id: 'p1', clusterId: 'b', rttMs: 1 }), peer({ id: 'p2', clusterId: 'a', rttMs: 2 })],
    want: 'p2',
    reason: R.TookParent,
  },
];

describe('decideParent', () => {
  it.each(cases)('$name', ({ self, nbrs, want, reason }) => {
    expect(decideParent(cell(self), nbrs, p)).toEqual({ parentId: want, reason });
  });
});
