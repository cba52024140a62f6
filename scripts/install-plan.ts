/**
 * What `npm test` and `npm start` try when a browser they need is not installed, in this order:
 *
 * 1. the test tools' own download: Playwright's Chromium (`playwright install chromium`), or
 *    Mozilla's Firefox through puppeteer's downloader (`@puppeteer/browsers install firefox`),
 *    since the Firefox tests drive Firefox with puppeteer-core;
 * 2. when that fails (no internet, say) and we run as root on Debian or Ubuntu, as CI does, the
 *    system package (`apt-get install -y chromium` / `firefox-esr`);
 * 3. otherwise a message with the command to run.
 *
 * `planBrowserInstall` decides from the facts of the machine and is pure (and cheap to import);
 * scripts/install-browser.ts runs the plan.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

export interface HostFacts {
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** The text of /etc/os-release, where there is one. */
  osRelease?: string;
}

export interface InstallAttempt {
  /** What is tried, for the log: "Playwright's download of Chromium". */
  what: string;
  /**
   * Commands run in order, each as argv, up to the first that fails; the attempt worked if the
   * browser can be found after.
   */
  commands: string[][];
}

export interface InstallPlan {
  attempts: InstallAttempt[];
  /** What to tell the user when every attempt failed: the command to run, or the variable to set. */
  manual: string;
}

/** Where a downloaded Firefox goes: puppeteer's own cache, so one download serves both. */
export const FIREFOX_DOWNLOAD_DIR = process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');

export const LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox' };
const PATH_VARIABLE: Record<BrowserName, string> = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };

/** The distribution family from /etc/os-release: its ID, or one its ID_LIKE names. */
export function debianFamily(osRelease: string | undefined): 'debian' | 'ubuntu' | undefined {
  const field = (key: string) =>
    new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm')
      .exec(osRelease ?? '')?.[1]
      ?.toLowerCase()
      .split(/\s+/) ?? [];
  const ids = [...field('ID'), ...field('ID_LIKE')];
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return undefined;
}

/**
 * The system package per family. Ubuntu's `chromium-browser` and `firefox` are transitional
 * packages that install the snaps, so they need snapd; Debian's are ordinary packages.
 */
const PACKAGES = {
  debian: { chromium: 'chromium', firefox: 'firefox-esr' },
  ubuntu: { chromium: 'chromium-browser', firefox: 'firefox' },
} as const;

function download(browser: BrowserName, withSystemLibraries: boolean): InstallAttempt {
  const fetch =
    browser === 'chromium'
      ? ['npx', 'playwright', 'install', 'chromium']
      : ['npx', '@puppeteer/browsers', 'install', 'firefox@stable', '--path', FIREFOX_DOWNLOAD_DIR];
  // The libraries the browser needs, through apt (so only as root on Debian or Ubuntu), and only
  // once the download worked. Mozilla's Firefox needs about the same ones as Playwright's build.
  const libraries = ['npx', 'playwright', 'install-deps', browser];
  return {
    what:
      browser === 'chromium'
        ? "Playwright's download of Chromium"
        : "Mozilla's Firefox through puppeteer's downloader",
    commands: withSystemLibraries ? [fetch, libraries] : [fetch],
  };
}

export function planBrowserInstall(browser: BrowserName, facts: HostFacts): InstallPlan {
  const family = facts.platform === 'linux' ? debianFamily(facts.osRelease) : undefined;
  const label = LABEL[browser];
  const orSet = `or set ${PATH_VARIABLE[browser]} to a ${browser === 'chromium' ? 'Chrome, Edge or Chromium' : 'Firefox'} binary`;
  const attempts = [download(browser, family !== undefined && facts.isRoot)];

  if (family && facts.isRoot) {
    const pkg = PACKAGES[family][browser];
    attempts.push({
      what: `the system package ${pkg} (apt-get)`,
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', pkg],
      ],
    });
    return {
      attempts,
      manual: `Could not get ${label}: run \`apt-get install -y ${pkg}\` and see why, ${orSet}.`,
    };
  }
  if (family) {
    const pkg = PACKAGES[family][browser];
    return { attempts, manual: `No ${label} found. Install it: \`sudo apt-get install ${pkg}\`, ${orSet}.` };
  }
  const tried = attempts.flatMap((a) => a.commands.map((c) => `\`${c.join(' ')}\``)).join(', ');
  return { attempts, manual: `No ${label} found, and ${tried} failed. Install ${label}, ${orSet}.` };
}
