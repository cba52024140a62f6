/**
 * Manifest keys that differ per browser (used by wxt.config.ts). Firefox needs a fixed add-on id
 * and a data-collection declaration; Chromium browsers need the managed-storage schema file.
 */

/** Stable for ever: Firefox ties installs, updates and policies (3rdparty.Extensions) to it. */
export const GECKO_ID = 'spes@spes-extension';

/** Where the build puts assets/managed-schema.json; Chromium reads policies against it. */
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

export function browserManifestKeys(browser: string): Record<string, unknown> {
  if (browser === 'firefox') {
    return {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 is the first Firefox with data_collection_permissions, and the ESR that managed
          // hospital and municipality machines run.
          strict_min_version: '140.0',
          // Spes sends nothing anywhere: no analytics, no accounts, no user data.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android learned data_collection_permissions in 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    };
  }
  // Firefox reads policies without a schema file (policies.json "3rdparty"), and warns on the key.
  return { storage: { managed_schema: MANAGED_SCHEMA_FILE } };
}
