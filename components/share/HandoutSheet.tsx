import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isWebUrl } from '../../lib/catalogue';
import { formatDate } from '../../lib/i18n';
import { A4_WIDTH_PX, printScale, type ShareLink, type ShareList } from '../../lib/share';
import { useMessages } from '../page/useMessages';

interface Props {
  list: ShareList;
  /** When the handout was made (ms), printed as its date. */
  madeAt: number;
}

// Only http(s) addresses become links; anything else is printed, never followed.
const safeHref = (url: string): string | undefined => (isWebUrl(url) ? url : undefined);

function HandoutLink({ link }: { link: ShareLink }) {
  const m = useMessages();
  return (
    <li class="handout-link" data-url={link.url} data-broken={link.broken || undefined}>
      <p class="handout-text">
        <a href={safeHref(link.url)} class="handout-title">
          {link.title}
        </a>
        {link.broken && <strong class="handout-broken"> ({m.shareBrokenNote})</strong>}
        {link.description && ` – ${link.description}`}
      </p>
      <p class="handout-url">{link.url}</p>
      {link.successors.map((s) => (
        <p key={s.url} class="handout-successor" data-successor-url={s.url}>
          {m.shareSuccessor} <a href={safeHref(s.url)}>{s.title}</a> <span class="handout-url">{s.url}</span>
        </p>
      ))}
    </li>
  );
}

/** The printed page: what it is, when it was made, then the groups with every link written out. */
export function HandoutSheet({ list, madeAt }: Props) {
  const m = useMessages();
  const fit = usePrintScale(list);
  return (
    <article class="handout-sheet" style={{ '--print-scale': fit.scale }} data-print-scale={fit.scale}>
      <div class="handout-body" ref={fit.ref}>
        <header>
          <h1>{list.title}</h1>
          <p class="handout-meta">
            {m.handoutKicker} · {formatDate(madeAt, m)} · {m.handoutMadeWith}
          </p>
        </header>
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

/**
 * The print scale for this list (lib/share/handout.ts), measured on screen, where the sheet is
 * laid out at the paper's width. In a window too narrow for that, the sheet reflows and the
 * measure would be wrong, so the list then prints at full size.
 */
function usePrintScale(list: ShareList) {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const body = ref.current;
    const width = body?.parentElement?.getBoundingClientRect().width ?? 0;
    if (body && Math.abs(width - A4_WIDTH_PX) < 1) setScale(printScale(body.offsetHeight));
  }, [list]);
  return { ref, scale };
}
