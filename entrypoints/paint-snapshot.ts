/**
 * A classic script popup.html runs before its modules: it draws the popup's last list from the
 * snapshot (lib/snapshot), so the links are on screen before the app has loaded, and only then
 * starts the app, whose module scripts the build holds back (lib/build/bundle-plugins.ts). Kept
 * apart from the app's bundle and tiny, since it is on the path to the first paint.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { drawSnapshot, startDeferredModules } from '../lib/snapshot';

export default defineUnlistedScript(() => {
  const app = document.getElementById('app');
  const drawn = app !== null && drawSnapshot('popup', app);
  // After the frame that shows the list: an animation frame, then a task.
  if (drawn) requestAnimationFrame(() => setTimeout(startDeferredModules));
  else startDeferredModules();
});
