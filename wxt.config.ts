import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { parseCatalogue } from './lib/catalogue';

/** Fails the build, naming the entry and field, when the catalogue is malformed. */
function validateCatalogue(): void {
  const file = new URL('./assets/catalogue.json', import.meta.url);
  parseCatalogue(JSON.parse(readFileSync(file, 'utf8')));
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:before': validateCatalogue,
  },
  manifest: {
    name: 'Spes',
    description: 'Offisiell veiledning om spesialistutdanningen for leger, ett tastetrykk unna.',
    permissions: ['storage'],
  },
});
