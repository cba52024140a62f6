/**
 * npm run check-links [-- --json] [catalogue.json | URL ...]
 *
 * Checks the catalogue's links from Node with the extension's own checker (lib/link-check.ts)
 * and prints a table, or JSON with --json. Exits 1 when a link is broken, so CI can notice.
 * Unlike the extension, one run is enough to report a link broken: a maintainer reads it.
 * Options: --timeout=MS (default 15000), --min-gap=MS between requests to one host (default 1000).
 */
import { readFileSync } from 'node:fs';
import { catalogue as bundled, parseCatalogue } from '../lib/catalogue';
import { checkLinks, type FetchLike, type LinkResult } from '../lib/links';

interface Args {
  json: boolean;
  urls: string[];
  timeoutMs?: number;
  minGapMs?: number;
}

function parseArgs(argv: string[]): Args {
  const numberFlag = (name: string) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit === undefined ? undefined : Number(hit.split('=')[1]);
  };
  const rest = argv.filter((a) => !a.startsWith('--'));
  const urls = rest.flatMap((arg) => (arg.endsWith('.json') ? catalogueUrls(arg) : [arg]));
  return {
    json: argv.includes('--json'),
    urls: rest.length > 0 ? urls : bundled.entries.map((e) => e.url),
    timeoutMs: numberFlag('timeout'),
    minGapMs: numberFlag('min-gap'),
  };
}

/** A catalogue file, validated like the bundled one; http is accepted for loopback test servers only. */
function catalogueUrls(file: string): string[] {
  const options = { allowInsecureHosts: ['127.0.0.1', 'localhost'] };
  return parseCatalogue(JSON.parse(readFileSync(file, 'utf8')), options).entries.map((e) => e.url);
}

// Say who is asking, so a site's operator can tell a link check from a scraper.
const politeFetch: FetchLike = (url, init) =>
  fetch(url, { ...init, headers: { 'user-agent': 'Spes-link-check/1 (maintainers of the Spes extension)' } });

function table(results: LinkResult[]): string {
  const rows = results.map((r) => [
    r.state.toUpperCase(),
    String(r.httpStatus ?? '-'),
    r.reason,
    r.finalUrl ? `${r.url}\n${' '.repeat(30)}-> ${r.finalUrl}` : r.url,
  ]);
  const line = ([state, status, reason, url]: string[]) =>
    `${(state ?? '').padEnd(8)}${(status ?? '').padEnd(5)}${(reason ?? '').padEnd(17)}${url}`;
  return [line(['STATE', 'HTTP', 'REASON', 'URL']), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const results = await checkLinks(args.urls, {
    fetch: politeFetch,
    redirect: 'manual',
    ...(args.timeoutMs !== undefined ? { timeoutMs: args.timeoutMs } : {}),
    ...(args.minGapMs !== undefined ? { minGapMs: args.minGapMs } : {}),
  });
  const broken = results.filter((r) => r.state === 'broken').length;
  if (args.json) console.log(JSON.stringify(results, null, 2));
  else console.log(`${table(results)}\n\n${results.length} links checked, ${broken} broken.`);
  process.exitCode = broken > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
