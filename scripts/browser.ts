/**
 * Finds the browsers for `npm start` and the browser tests: a Chromium-family browser
 * (CHROME_PATH first, then the usual names on PATH, the usual install folders, and Playwright's
 * own download) and Firefox (FIREFOX_PATH first, then PATH, install folders, and the Firefox that
 * scripts/install-plan.ts downloads). Nothing here installs anything.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { FIREFOX_DOWNLOAD_DIR } from './install-plan';

const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
  'brave-browser',
];
const CHROMIUM_FOLDERS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];
const FIREFOX_NAMES = ['firefox-esr', 'firefox'];
const FIREFOX_FOLDERS = [
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

function onPath(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = join(dir, name + ext);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

function findInstalled(names: string[], folders: string[]): string | undefined {
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  return folders.find((path) => existsSync(path));
}

// The test tools are loaded only when no installed browser is found: loading them takes about a
// second, which `npm start` and every browser test would otherwise pay.

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const installed = findInstalled(CHROMIUM_NAMES, CHROMIUM_FOLDERS);
  if (installed) return installed;
  const playwright = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test');
  const downloaded = playwright.chromium.executablePath(); // where `playwright install chromium` puts it
  return existsSync(downloaded) ? downloaded : undefined;
}

export async function findFirefox(): Promise<string | undefined> {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const installed = findInstalled(FIREFOX_NAMES, FIREFOX_FOLDERS);
  if (installed) return installed;
  const { Browser, getInstalledBrowsers } = await import('@puppeteer/browsers');
  const downloads = await getInstalledBrowsers({ cacheDir: FIREFOX_DOWNLOAD_DIR });
  return downloads
    .filter((b) => b.browser === Browser.FIREFOX && existsSync(b.executablePath))
    .map((b) => b.executablePath)
    .at(-1);
}

export const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to a Chrome, Edge or Chromium binary.';

/** Flags that keep a browser from a fresh profile quiet: no first-run pages, no background traffic. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Flags that load an unpacked extension; branded Chrome 137+ needs the feature switch too. */
export function extensionFlags(dir: string): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ];
}
