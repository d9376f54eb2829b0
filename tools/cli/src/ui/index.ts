export { startDebugUi } from './server';
export type { DebugUi, DebugUiOptions } from './server';
export { FabricView } from './fabric-view';
export type { FabricSnapshot, FabricUpdate, NodeJson, LinkJson, ClusterJson, NeighboursJson, LeaseJson, LeaderChangeJson, PlacementJson } from './fabric-view';
