/**
 * `npm run icons`: renders assets/icon.svg into public/icon/<size>.png, where WXT finds the
 * extension's icons. Chromium draws each size from the vector itself, so 16 px stays crisp.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { INSTALL_HINT, findChromium } from './browser';

const SIZES = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  const svg = readFileSync('assets/icon.svg', 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<img src="${src}" width="${size}" height="${size}" style="display:block">`);
      await page.locator('img').screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
