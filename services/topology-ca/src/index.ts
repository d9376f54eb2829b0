export { startTopologyCa, SERVICE_NAME } from './service';
export type { MembershipSnapshot, TopologyCaDeps, TopologyCaHandle } from './service';
export { compileOptions, DEFAULTS as TOPOLOGY_CA_DEFAULTS, InvalidTopologyCaOptionsError } from './options';
export type { CompiledOptions, MembershipEvent, TopologyCaOptions } from './options';
export type { PeerLinkInput } from './core';
