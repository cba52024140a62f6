// `npm test`: install dependencies if needed (plain Node, since nothing is installed yet), then
// run every step and print one summary (scripts/run-tests.ts).
import { ensureDeps, run } from './ensure-deps.mjs';

ensureDeps();
run(process.execPath, ['--import', 'tsx', 'scripts/run-tests.ts'], { shell: false });
