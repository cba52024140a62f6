/**
 * The popup at the most an organisation can add: the role's list and the first MAX_ORG_LINKS of
 * a longer list of links, as Chromium hands them over from a real policy file, against the same
 * build with no policy. Alternating opens, each in a fresh tab, timed as bench/popup-open.ts times
 * them (navigation start to the frame after the last link is in the page). Chromium reads policy
 * files only from a system folder, so this needs root; without it, it says so and measures nothing.
 */
import { MAX_ORG_LINKS } from '../lib/policy';
import { chromiumPolicyFor, policySkipReason, writeTemporaryPolicy } from '../tests/fixtures/policy-file';
import { copyOfBuild } from '../tests/fixtures/test-build';
import { newTab, openSession, type Session } from './browser-session';
import { openAndTime } from './popup-open';
import { median } from './stats';

export interface OrgLinksResult {
  runs: number;
  /** Links on screen when the list counts as shown, with and without the organisation's. */
  links: { with: number; without: number };
  withMs: number[];
  withoutMs: number[];
  withMedian: number;
  withoutMedian: number;
  /** With the organisation's links against without. */
  ratio: number;
}

const POLICY_FILE = `/etc/chromium/policies/managed/spes-bench-${process.pid}.json`;

/** More than the cap, so the bench also covers the links dropped beyond it. */
const orgLinks = () =>
  Array.from({ length: MAX_ORG_LINKS + 20 }, (_, i) => ({
    title: `Lokal lenke ${i + 1}`,
    url: `https://intranett.sykehus.example/lenke/${i + 1}`,
  }));

/** How many links the popup shows once its list and `orgCount` organisation links are there. */
async function linksShown(session: Session, orgCount: number): Promise<number> {
  const tab = await newTab(session);
  await tab.goto(`${session.base}popup.html`);
  await tab.locator('li.entry').first().waitFor();
  await tab.waitForFunction(
    (n) => document.querySelectorAll('[data-section="org"] li.entry').length === n,
    orgCount,
  );
  // What openAndTime counts as the popup's links (bench/popup-open.ts).
  const count = await tab.locator('li.entry a').count();
  await tab.close();
  return count;
}

async function timeOpen(session: Session, links: number): Promise<number> {
  const tab = await newTab(session);
  const { ms } = await openAndTime(tab, `${session.base}popup.html`, links);
  await tab.close();
  return ms;
}

export async function benchOrgLinks(
  appDir: string,
  role: string,
  runs: number,
): Promise<OrgLinksResult | { skipped: string }> {
  const skipped = policySkipReason(POLICY_FILE);
  if (skipped) {
    console.log(`Popup with ${MAX_ORG_LINKS} organisation links: not measured, ${skipped}`);
    return { skipped };
  }
  console.log(`Popup with ${MAX_ORG_LINKS} organisation links and without: ${runs} alternating runs ...`);
  // A copy with an id of its own, so the policy reaches this browser's extension only.
  const build = copyOfBuild(appDir);
  const removePolicy = writeTemporaryPolicy(
    POLICY_FILE,
    chromiumPolicyFor(build.id, { extraLinks: orgLinks() }),
  );
  const sessions: Session[] = [];
  try {
    const withOrg = await openSession(build.dir, role);
    sessions.push(withOrg);
    const without = await openSession(appDir, role);
    sessions.push(without);
    const links = { with: await linksShown(withOrg, MAX_ORG_LINKS), without: await linksShown(without, 0) };
    for (let i = 0; i < 3; i++) {
      await timeOpen(withOrg, links.with);
      await timeOpen(without, links.without);
    } // warm-up
    const withMs: number[] = [];
    const withoutMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always runs right after the other.
      const pair = [
        async () => withMs.push(await timeOpen(withOrg, links.with)),
        async () => withoutMs.push(await timeOpen(without, links.without)),
      ];
      for (const run of i % 2 ? pair.reverse() : pair) await run();
    }
    const [withMedian, withoutMedian] = [median(withMs), median(withoutMs)];
    const ratio = withMedian / withoutMedian;
    console.log(
      `  list on screen: ${withMedian.toFixed(1)} ms with (${links.with} links), ` +
        `${withoutMedian.toFixed(1)} ms without (${links.without}), ${ratio.toFixed(2)}x`,
    );
    return { runs, links, withMs, withoutMs, withMedian, withoutMedian, ratio };
  } finally {
    for (const session of sessions) await session.close();
    removePolicy();
    build.remove();
  }
}
