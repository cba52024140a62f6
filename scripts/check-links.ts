/**
 * npm run check-links [-- --json] [catalogue.json | URL ...]
 *
 * Checks the catalogue's links, and the pages recorded as their successors, from Node with the
 * extension's own checker (lib/links) and prints a table, or JSON with --json. Then it lists the
 * links that now redirect to a page not yet recorded as a successor: the next change to record
 * (docs/catalogue.md). Exits 1 when a link is broken, so CI can notice; an unrecorded redirect
 * alone does not fail the run, since a person has to judge it.
 * Unlike the extension, one run is enough to report a link broken: a maintainer reads it.
 * Options: --timeout=MS (default 15000), --min-gap=MS between requests to one host (default 1000).
 */
import { readFileSync } from 'node:fs';
import { catalogue as bundled, isRecordedFor, placesOf, type Catalogue } from '../lib/catalogue';
import { parseCatalogue } from '../lib/catalogue/parse';
import { checkLinks, urlsToCheck, type FetchLike, type LinkResult } from '../lib/links';

interface Args {
  json: boolean;
  urls: string[];
  /** The catalogues the URLs come from: the files named, or the bundled one. */
  catalogues: Catalogue[];
  timeoutMs?: number;
  minGapMs?: number;
}

function parseArgs(argv: string[]): Args {
  const numberFlag = (name: string) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit === undefined ? undefined : Number(hit.split('=')[1]);
  };
  const rest = argv.filter((a) => !a.startsWith('--'));
  const files = new Map(rest.filter((a) => a.endsWith('.json')).map((f) => [f, readCatalogue(f)]));
  const urls = rest.flatMap((arg) => {
    const cat = files.get(arg);
    return cat ? urlsToCheck(cat) : [arg];
  });
  const catalogues = files.size > 0 ? [...files.values()] : [bundled];
  return {
    json: argv.includes('--json'),
    urls: rest.length > 0 ? urls : urlsToCheck(bundled),
    catalogues,
    timeoutMs: numberFlag('timeout'),
    minGapMs: numberFlag('min-gap'),
  };
}

/** A catalogue file, validated like the bundled one; http is accepted for loopback test servers only. */
function readCatalogue(file: string): Catalogue {
  const options = { allowInsecureHosts: ['127.0.0.1', 'localhost'] };
  return parseCatalogue(JSON.parse(readFileSync(file, 'utf8')), options);
}

/** A link that now leads somewhere its entry does not yet record: where it is, and where it went. */
interface UnrecordedMove {
  url: string;
  finalUrl: string;
  /** "alis-kontorene", or "alis-kontorene, successor «Om ALIS-kontorene»". */
  where: string;
}

/**
 * Moved links whose new address is neither the entry's own nor a recorded successor. A redirect
 * that only tidies the address (lib/catalogue, isRecordedFor) is not listed, nor is an address
 * that no catalogue has (one named on the command line): the table shows where those went.
 */
function unrecordedMoves(results: LinkResult[], catalogues: Catalogue[]): UnrecordedMove[] {
  return results.flatMap((r) => {
    if (r.state !== 'moved' || !r.finalUrl) return [];
    const finalUrl = r.finalUrl;
    return catalogues
      .flatMap((cat) => placesOf(cat, r.url))
      .filter((place) => !isRecordedFor(place.entry, finalUrl))
      .map((place) => ({
        url: r.url,
        finalUrl,
        where: place.successor ? `${place.entry.id}, successor «${place.successor.title}»` : place.entry.id,
      }));
  });
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

function movesReport(moves: UnrecordedMove[]): string {
  if (moves.length === 0) return 'No link redirects to a page that is not recorded as a successor.';
  const lines = moves.map((m) => `  ${m.where}\n    ${m.url}\n    -> ${m.finalUrl}`);
  const how = 'record the page as a successor if it took over (docs/catalogue.md), or correct the link';
  return [`Redirects to pages not yet recorded as successors (${moves.length}); ${how}:`, ...lines].join(
    '\n',
  );
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
  const moves = unrecordedMoves(results, args.catalogues);
  if (args.json) {
    // Each result as the checker gave it; a moved one not yet recorded also says for what.
    const notRecorded = (url: string) => moves.filter((m) => m.url === url).map((m) => m.where);
    const annotated = results.map((r) =>
      notRecorded(r.url).length > 0 ? { ...r, notRecordedFor: notRecorded(r.url) } : r,
    );
    console.log(JSON.stringify(annotated, null, 2));
  } else {
    console.log(
      `${table(results)}\n\n${results.length} links checked, ${broken} broken.\n\n${movesReport(moves)}`,
    );
  }
  process.exitCode = broken > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
