import { describe, expect, it } from 'vitest';
import {
  GECKO_ID,
  adaptCommandsToManifestVersion,
  browserManifestKeys,
} from '../../../lib/build/manifest-keys';

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

describe('adaptCommandsToManifestVersion', () => {
  const shortcut = { suggested_key: { default: 'Alt+Shift+S' } };

  it('renames the popup shortcut for Manifest V2', () => {
    const manifest = { manifest_version: 2, commands: { _execute_action: shortcut, other: {} } };
    adaptCommandsToManifestVersion(manifest);
    expect(manifest.commands).toEqual({ _execute_browser_action: shortcut, other: {} });
  });

  it('leaves Manifest V3 and manifests without commands alone', () => {
    const v3 = { manifest_version: 3, commands: { _execute_action: shortcut } };
    adaptCommandsToManifestVersion(v3);
    expect(v3.commands).toEqual({ _execute_action: shortcut });
    const none = { manifest_version: 2 };
    adaptCommandsToManifestVersion(none);
    expect(none).toEqual({ manifest_version: 2 });
  });
});
