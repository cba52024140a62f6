import { useRef, useState } from 'preact/hooks';
import { useInDocumentEffect } from '../page/useInDocumentEffect';
import type { Fact } from '../../lib/answers';
import { formatDate } from '../../lib/i18n';
import { largestFittingScale, paperAddress, type ShareLink, type ShareList } from '../../lib/share';
import { FactList } from '../answers/FactList';
import { useMessages } from '../page/useMessages';

interface Props {
  list: ShareList;
  /** When the handout was made (ms), printed as its date. */
  madeAt: number;
  /** The role's dated facts current that day (lib/answers), printed under the heading. */
  facts?: readonly Fact[];
}

// The printed page: A4 at CSS's 96 px per inch, less the page margin (entrypoints/handout/handout.css).
const MM = 96 / 25.4;
const A4_WIDTH_PX = 210 * MM;
const PRINTABLE_HEIGHT_PX = (297 - 2 * 9) * MM;

function HandoutLink({ link }: { link: ShareLink }) {
  const m = useMessages();
  return (
    <li class="handout-link" data-url={link.url}>
      <p class="handout-text">
        {/* Each text in its own direction: a right-to-left title never reorders what follows it. */}
        <a href={link.url} class="handout-title">
          <bdi>{link.title}</bdi>
        </a>
        {link.broken && <strong class="handout-broken"> ({m.shareBrokenNote})</strong>}
        {link.description && (
          <>
            {' – '}
            <bdi>{link.description}</bdi>
          </>
        )}
      </p>
      <p class="handout-url">{paperAddress(link.url)}</p>
      {link.successors.map((s) => (
        <p key={s.url} class="handout-successor">
          {m.newer}{' '}
          <a href={s.url}>
            <bdi>{s.title}</bdi>
          </a>{' '}
          <span class="handout-url">{paperAddress(s.url)}</span>
        </p>
      ))}
    </li>
  );
}

/** The printed page: what it is, when it was made, then the groups with every link written out. */
export function HandoutSheet({ list, madeAt, facts = [] }: Props) {
  const m = useMessages();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  // The type scale for this list (lib/share/handout.ts): the sheet is laid out at each scale tried
  // and measured, on screen, where it has the paper's width, so the screen shows the page as it
  // prints. In a window too narrow for that the sheet reflows and the measure would be wrong, so
  // the list then keeps 8 pt.
  useInDocumentEffect(bodyRef, () => {
    const body = bodyRef.current;
    const sheet = body?.parentElement;
    if (!body || !sheet || Math.abs(sheet.getBoundingClientRect().width - A4_WIDTH_PX) >= 1) return;
    const best = largestFittingScale((candidate) => {
      sheet.style.setProperty('--type-scale', String(candidate));
      // 2 % to spare: the print layout may round line boxes a little differently.
      return body.offsetHeight <= PRINTABLE_HEIGHT_PX * 0.98;
    });
    sheet.style.setProperty('--type-scale', String(best));
    setScale(best);
  }, [list]);
  return (
    <article class="handout-sheet" style={{ '--type-scale': scale }} data-type-scale={scale}>
      <div class="handout-body" ref={bodyRef}>
        <header>
          <h1>{list.title}</h1>
          <p class="handout-meta">
            {m.handoutKicker} · {formatDate(madeAt, m)} · {m.handoutMadeWith}
          </p>
        </header>
        <FactList facts={facts} />
        {list.groups.length === 0 && <p>{m.handoutEmpty}</p>}
        {list.groups.map((group) => (
          <section key={group.heading} class="handout-group">
            <h2>{group.heading}</h2>
            <ul>
              {group.links.map((link) => (
                <HandoutLink key={link.url} link={link} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </article>
  );
}
