/** useLive (components/page/useLive.ts): the one hook that keeps a stored value on screen. */
import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useLive } from '../../components/page/useLive';
import type { Live } from '../../lib/platform';

/** A source whose first read answers only when told, and whose changes the test sends. */
function slowSource() {
  let answerRead: (value: string) => void = () => undefined;
  const watchers = new Set<(now: string) => void>();
  const source: Live<string> = {
    fallback: 'fallback',
    getValue: () => new Promise((resolve) => (answerRead = resolve)),
    watch(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
  };
  return {
    source,
    answerRead: (v: string) => answerRead(v),
    change: (v: string) => watchers.forEach((w) => w(v)),
  };
}

function Shown({ source }: { source: Live<string> }) {
  return <p data-testid="shown">{useLive(source) ?? 'nothing yet'}</p>;
}

describe('useLive', () => {
  it('shows the first read, then every change', async () => {
    const { source, answerRead, change } = slowSource();
    render(<Shown source={source} />);
    expect(screen.getByTestId('shown').textContent).toBe('nothing yet');
    await act(async () => answerRead('stored'));
    expect(screen.getByTestId('shown').textContent).toBe('stored');
    await act(async () => change('changed'));
    expect(screen.getByTestId('shown').textContent).toBe('changed');
  });

  it('keeps a change made while the first read was under way, not the older value that read returns', async () => {
    const { source, answerRead, change } = slowSource();
    render(<Shown source={source} />);
    await act(async () => change('newer'));
    await act(async () => answerRead('older'));
    expect(screen.getByTestId('shown').textContent).toBe('newer');
  });
});
