import { render, type VNode } from 'preact';
import { prepareMessages } from './useMessages';
import './theme.css';

/**
 * Renders a page's root once its language's texts are loaded (one small chunk, lib/i18n). `app`
 * is called at that moment, so it can take over what a snapshot (lib/snapshot) showed meanwhile:
 * the snapshot is cleared and the page rendered in the same task, so nothing flickers.
 */
export function mount(app: () => VNode): void {
  void prepareMessages().then(() => {
    const root = document.getElementById('app') as HTMLElement;
    const vnode = app();
    root.replaceChildren();
    render(vnode, root);
  });
}
