// `npm start`: install if needed, build the production extension, open it in a browser.
import { spawn } from 'node:child_process';
import { ensureDeps, run } from './ensure-deps.mjs';

ensureDeps();
run('npx', ['wxt', 'build']);

// The browser runs under scripts/launch-browser.ts, which removes its temporary profile when it
// ends. A signal sent to this process alone (npm passes one on) is passed to it, so that it can.
const launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/launch-browser.ts'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => launcher.kill(signal));
launcher.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
