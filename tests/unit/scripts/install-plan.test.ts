/** Which installer `npm test` and `npm start` try for a missing browser, from the machine's facts. */
import { describe, expect, it } from 'vitest';
import { debianFamily, planBrowserInstall, type HostFacts } from '../../../scripts/install-plan';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

const linux = (osRelease: string, isRoot: boolean): HostFacts => ({ platform: 'linux', isRoot, osRelease });
const commands = (facts: HostFacts, browser: 'chromium' | 'firefox' = 'chromium') =>
  planBrowserInstall(browser, facts).attempts.map((a) => a.commands.map((c) => c.join(' ')));

describe('debianFamily', () => {
  it('reads ID and ID_LIKE, quoted or not', () => {
    expect(debianFamily(DEBIAN)).toBe('debian');
    expect(debianFamily(UBUNTU)).toBe('ubuntu');
    expect(debianFamily(MINT)).toBe('ubuntu');
    expect(debianFamily('ID=raspbian\nID_LIKE=debian\n')).toBe('debian');
    expect(debianFamily(FEDORA)).toBeUndefined();
    expect(debianFamily(undefined)).toBeUndefined();
  });
});

describe('planBrowserInstall', () => {
  it('as root on Debian: the download, then its libraries, else the Debian package', () => {
    expect(commands(linux(DEBIAN, true))).toEqual([
      ['npx playwright install chromium', 'npx playwright install-deps chromium'],
      ['apt-get update', 'apt-get install -y chromium'],
    ]);
    const firefox = commands(linux(DEBIAN, true), 'firefox');
    expect(firefox[0]?.[0]).toMatch(/^npx @puppeteer\/browsers install firefox@stable --path /);
    expect(firefox[0]?.[1]).toBe('npx playwright install-deps firefox');
    expect(firefox[1]).toEqual(['apt-get update', 'apt-get install -y firefox-esr']);
  });

  it("as root on Ubuntu and its relatives: Ubuntu's package names", () => {
    for (const os of [UBUNTU, MINT]) {
      expect(commands(linux(os, true))[1]).toEqual(['apt-get update', 'apt-get install -y chromium-browser']);
      expect(commands(linux(os, true), 'firefox')[1]).toEqual([
        'apt-get update',
        'apt-get install -y firefox',
      ]);
    }
  });

  it('not root on Debian: only the download, then the sudo command to run', () => {
    const plan = planBrowserInstall('chromium', linux(DEBIAN, false));
    expect(commands(linux(DEBIAN, false))).toEqual([['npx playwright install chromium']]);
    expect(plan.manual).toContain('`sudo apt-get install chromium`');
    expect(plan.manual).toContain('CHROME_PATH');
    expect(planBrowserInstall('firefox', linux(DEBIAN, false)).manual).toContain(
      '`sudo apt-get install firefox-esr`',
    );
  });

  it('elsewhere (another Linux, macOS, Windows, even as root): the download, then what to do', () => {
    for (const facts of [
      linux(FEDORA, true),
      { platform: 'darwin', isRoot: false } as const,
      { platform: 'win32', isRoot: false } as const,
    ]) {
      expect(commands(facts)).toEqual([['npx playwright install chromium']]);
      const plan = planBrowserInstall('firefox', facts);
      expect(plan.attempts.flatMap((a) => a.commands).some((c) => c[0] === 'apt-get')).toBe(false);
      expect(plan.manual).toMatch(/^No Firefox found, and `npx @puppeteer\/browsers install firefox@stable/);
      expect(plan.manual).toContain('FIREFOX_PATH');
    }
  });
});
