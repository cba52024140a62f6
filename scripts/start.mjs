// `npm start`: install if needed, build the production extension, open it in a browser.
import { ensureDeps, run } from './ensure-deps.mjs';

ensureDeps();
run('npx', ['wxt', 'build']);
run('npx', ['tsx', 'scripts/launch-browser.ts']);
