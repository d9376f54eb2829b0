import type { BenchSuite } from './types';
import { placementSuite } from './placement.bench';
import { workersSuite } from './workers.bench';
import { topologySuite } from './topology.bench';

/** Every suite `npm run bench` runs, in order. */
export const suites: BenchSuite[] = [topologySuite, placementSuite, workersSuite];
