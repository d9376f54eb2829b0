import type { BenchSuite } from './types';
import { placementSuite } from './placement.bench';
import { workersSuite } from './workers.bench';

/** Every suite `npm run bench` runs, in order. */
export const suites: BenchSuite[] = [placementSuite, workersSuite];
