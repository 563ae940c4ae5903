import { buildScenario } from './tools/ink/scenarios';
const t = performance.now(); const r = buildScenario('farmer', 'scenarios/farmer.ink'); console.log(r.ok && r.scenario.analysis.states, Math.round(performance.now() - t), 'ms');
