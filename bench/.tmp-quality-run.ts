import { placementQualitySuite } from './src/placement-quality.bench';
import { renderMarkdown } from './src/format';
void placementQualitySuite.run({ quick: false, progress: (m) => process.stderr.write(m + '\n') }).then((ts) => ts.forEach((t) => console.log(renderMarkdown(t))));
