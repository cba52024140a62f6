import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// public/icon/<size>.png is where WXT looks for the extension's icons (npm run icons makes them).
describe('icons', () => {
  it.each([16, 32, 48, 96, 128])('public/icon/%i.png is a PNG of that size', (size) => {
    const png = readFileSync(`public/icon/${size}.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
