import { describe, expect, it } from 'vitest';
import { GECKO_ID, browserManifestKeys } from '../../../lib/build/manifest-keys';

describe('per-browser manifest keys', () => {
  it('gives Firefox a fixed id, a minimum version and a no-data-collected declaration', () => {
    expect(browserManifestKeys('firefox')).toMatchObject({
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    });
    expect(GECKO_ID).toMatch(/^[\w.-]+@[\w.-]+$/);
  });

  it('points Chromium browsers at the managed schema, and not Firefox', () => {
    expect(browserManifestKeys('chrome')).toEqual({ storage: { managed_schema: 'managed-schema.json' } });
    expect(browserManifestKeys('edge')).toHaveProperty('storage.managed_schema');
    expect(browserManifestKeys('firefox')).not.toHaveProperty('storage');
  });
});
