import type { BenchSuite } from './types';
import { placementSuite } from './placement.bench';
import { placementQualitySuite } from './placement-quality.bench';
import { workersSuite } from './workers.bench';
import { topologySuite } from './topology.bench';
import { netcoordsSuite } from './netcoords.bench';
import { datastateSuite } from './datastate.bench';
import { pipelineSuite } from './pipeline.bench';
import { cellsSuite } from './cells.bench';

/** Every suite `npm run bench` runs, in order. */
export const suites: BenchSuite[] = [topologySuite, netcoordsSuite, placementSuite, placementQualitySuite, workersSuite, datastateSuite, pipelineSuite, cellsSuite];
