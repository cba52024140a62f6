import { render, type VNode } from 'preact';
import { prepareMessages } from './useMessages';
import './theme.css';

/** Renders a page's root once its language's texts are loaded (one small chunk, lib/i18n.ts). */
export function mount(app: VNode): void {
  void prepareMessages().then(() => render(app, document.getElementById('app') as HTMLElement));
}
