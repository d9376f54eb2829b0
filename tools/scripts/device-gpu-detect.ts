// Runs the metrics-collector's GPU detection (libs/gpu) once and prints what a node would report.
// Bundled and carried to the GPU machine by tools/scripts/device-run.sh.
import { detectGpus } from '@cellmesh/gpu';

detectGpus().then((d) => process.stdout.write(`${JSON.stringify(d, null, 2)}\n`));
