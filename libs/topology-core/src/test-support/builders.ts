import type { CellView, NeighbourView, NodeAttributes } from '../types';

/** Small builders for rule tables: only the fields a case is about need spelling out. */
export const plainNode: NodeAttributes = { cpuCores: 8, gpus: 0, vramMb: 0, uplinkMbps: 1000, relayLoadMbps: 0 };

export function cell(fields: Partial<CellView> & { id: string }): CellView {
  return {
    ...plainNode,
    clusterId: fields.id,
    clusterHops: fields.clusterId === undefined || fields.clusterId === fields.id ? 0 : 1,
    parentId: null,
    relayId: null,
    acceptsComputeHeavy: false,
    fanout: 16,
    round: 1,
    ...fields,
  };
}

export function peer(fields: Partial<NeighbourView> & { id: string; rttMs: number }): NeighbourView {
  return {
    clusterId: fields.id,
    clusterHops: fields.clusterId === undefined || fields.clusterId === fields.id ? 0 : 1,
    parentId: null,
    acceptsComputeHeavy: false,
    fanout: 16,
    bandwidthMbps: 1000,
    measured: true,
    ...fields,
  };
}
