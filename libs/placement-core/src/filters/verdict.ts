import type { Verdict } from '../types';

/** The shared "fits" verdict: filters run per node per task, so they allocate nothing when a node fits. */
export const FIT: Verdict = Object.freeze({ fit: true });
