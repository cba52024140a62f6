/**
 * Both flavours in one clipboard write, so each paste target takes the richest it understands:
 * Outlook, Teams and intranet editors the HTML, a plain-text field the text. The async
 * Clipboard API works on an extension page after a click without any permission (Chromium,
 * and Firefox 127+ for ClipboardItem); tests/e2e/share.spec.ts proves it for this build.
 */
export async function copyHtmlAndText(html: string, text: string): Promise<void> {
  const item = new ClipboardItem({
    'text/html': new Blob([html], { type: 'text/html' }),
    'text/plain': new Blob([text], { type: 'text/plain' }),
  });
  await navigator.clipboard.write([item]);
}
