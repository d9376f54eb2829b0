export { startLeaderElection, SERVICE_NAME } from './service';
export type { LeaderElectionDeps, LeaderElectionHandle, LeaderElectionStatus, LeaderElectionEvent } from './service';
export { compileOptions, DEFAULT_INPUTS_REFRESH_MS, InvalidLeaderElectionOptionsError } from './options';
export type { LeaderElectionOptions, CompiledLeaderElectionOptions } from './options';
export type { ElectionView } from './core/view';
