import path from 'node:path';
import { buildScenario } from './tools/ink/scenarios';
import { inkFolder, longStoryWithItsOwnState, tinyWith } from './tests/unit/helpers';
const which = process.argv[2];
let text: string;
if (which === 'long') text = longStoryWithItsOwnState(125);
else {
  const line = 'Ann tells you, at length and in great detail, everything about the kettle she bought here last spring and why it broke. ';
  const passage = Array.from({ length: Math.ceil(5_000_000 / (line.length + 10)) }, (_, i) => `${line}(${i})`).join('\n');
  text = tinyWith('I need a kettle. # speaker: shopper', `${passage}\nI need a kettle. # speaker: shopper`);
}
console.log(which, 'bytes', text.length, 'lines', text.split('\n').length);
const dir = inkFolder({ 's.ink': text });
const t = performance.now();
const r = buildScenario('s', path.join(dir, 's.ink'));
console.log(r.ok ? ['ok', r.scenario.analysis.states, r.scenario.analysis.complete] : r.errors.slice(0, 3), Math.round(performance.now() - t), 'ms', 'heap', Math.round(process.memoryUsage().rss / 1e6), 'MB rss');
