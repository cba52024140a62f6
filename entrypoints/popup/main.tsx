import { mount } from '../../components/page/mount';
import { App } from './App';

// Keys typed into the snapshot's search box while the app loaded (lib/snapshot) carry over.
const typedMeanwhile = () =>
  document.querySelector<HTMLInputElement>('#app input[type="search"]')?.value ?? '';

mount(() => <App initialQuery={typedMeanwhile()} />);
