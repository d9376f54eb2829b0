import { PermanentError } from '@cellmesh/bus';
import type { FencingRejection, FencingToken, TermFence } from '@cellmesh/leader-core';

/**
 * A writer refused a fencing token. Permanent: retrying a deposed leader's write can never succeed, so a
 * consumer dead-letters it with this reason. `code` is the rejection ('stale-term', 'holder-mismatch',
 * 'invalid-token', 'cluster-mismatch'), so callers branch on `err.code === 'stale-term'`.
 */
export class FencingRejectedError extends PermanentError {
  override readonly name = 'FencingRejectedError';
  constructor(
    readonly reason: FencingRejection,
    readonly detail: string,
    readonly token: FencingToken,
    readonly fence: TermFence | undefined,
  ) {
    super(`fencing token rejected (${reason}): ${detail}`, reason);
  }
}
