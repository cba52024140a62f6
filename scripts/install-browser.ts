/**
 * Gets a browser that is not installed, by the plan of scripts/install-plan.ts: each attempt in
 * turn until the browser can be found (scripts/browser.ts), else the plan's message.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium, findFirefox } from './browser';
import { LABEL, planBrowserInstall, type BrowserName, type HostFacts } from './install-plan';

export type { BrowserName } from './install-plan';

export function readHostFacts(): HostFacts {
  let osRelease: string | undefined;
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    osRelease = undefined; // not Linux, or a Linux without it: no package manager is guessed
  }
  return { platform: process.platform, isRoot: process.getuid?.() === 0, osRelease };
}

export const findBrowser = (browser: BrowserName): Promise<string | undefined> =>
  browser === 'chromium' ? Promise.resolve(findChromium()) : findFirefox();

/**
 * The browser's path: the installed one, or one got by the plan's attempts in order. When every
 * attempt fails, logs the plan's message and resolves to undefined.
 */
export async function ensureBrowser(
  browser: BrowserName,
  log: (line: string) => void = console.log,
): Promise<string | undefined> {
  const installed = await findBrowser(browser);
  if (installed) return installed;

  const plan = planBrowserInstall(browser, readHostFacts());
  for (const attempt of plan.attempts) {
    log(`No ${LABEL[browser]} found: trying ${attempt.what}.`);
    for (const [command = '', ...args] of attempt.commands) {
      log(`$ ${[command, ...args].join(' ')}`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const run = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
      if (run.status !== 0) break;
    }
    const found = await findBrowser(browser);
    if (found) {
      log(`${LABEL[browser]} is ready: ${found}`);
      return found;
    }
  }
  log(plan.manual);
  return undefined;
}
