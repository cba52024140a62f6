import type { Range } from '../../lib/search';

interface Props {
  text: string;
  ranges?: Range[];
}

/** Text with the matched ranges wrapped in <mark>. */
export function Highlighted({ text, ranges = [] }: Props) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
