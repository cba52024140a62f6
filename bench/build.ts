/**
 * The bench's own builds, in folders nobody else writes to (SPES_OUT_DIR), so a build running
 * in another terminal cannot swap the extension under a measurement: the production build, and
 * a test build around a generated catalogue of the largest size Spes is designed for (SPES_CATALOGUE).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalogue } from '../lib/catalogue';
import { generateCatalogue } from './generate-catalogue';

export const BENCH_DIR = resolve('.output/bench');

export function wxtBuild(outDir: string, env: Record<string, string> = {}): string {
  const result = spawnSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SPES_OUT_DIR: outDir, ...env },
  });
  if (result.status !== 0) throw new Error(`wxt build into ${outDir} failed`);
  return join(outDir, 'chrome-mv3');
}

/** Builds both extensions; returns their folders. */
export function buildForBench(size: number): { app: string; large: string; largeCatalogue: string } {
  mkdirSync(BENCH_DIR, { recursive: true });
  const largeCatalogue = join(BENCH_DIR, `catalogue-${size}.json`);
  writeFileSync(largeCatalogue, JSON.stringify(generateCatalogue(size, catalogue)));
  const app = wxtBuild(join(BENCH_DIR, 'app'));
  const large = wxtBuild(join(BENCH_DIR, `app-${size}`), { SPES_CATALOGUE: largeCatalogue });
  return { app, large, largeCatalogue };
}
