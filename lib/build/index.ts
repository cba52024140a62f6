/**
 * What only wxt.config.ts uses: the manifest's per-browser keys and its texts per language, the
 * host permissions derived from the catalogue, and the plugins that shape what pages load.
 */
export { popupChunk, shipDataWithoutNotes } from './bundle-plugins';
export { hostPermissionsFor } from './host-permissions';
export {
  adaptCommandsToManifestVersion,
  browserManifestKeys,
  GECKO_ID,
  MANAGED_SCHEMA_FILE,
} from './manifest-keys';
export {
  DEFAULT_LOCALE,
  LOCALE_FOLDERS,
  localeMessagesJson,
  localizeActionTitle,
  manifestTexts,
  MANIFEST_MESSAGE_KEYS,
  msg,
} from './manifest-locales';
export { runtimeJson } from './runtime-data';
