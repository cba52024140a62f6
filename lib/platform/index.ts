/**
 * Where Spes meets the browser: the storage-item primitive every store is built on, page mirrors
 * of stored values, the organisation's policy area, the browser's languages, and the one message
 * protocol between pages and worker. Nothing else in lib/ touches `browser`.
 */
export { defineItem, isObject, managedValue, oneOf, type Live } from './storage-item';
export { mirror } from './mirror';
export { browserLanguages, extensionApi } from './storage';
export { onWorkerRequest, sendToWorker } from './messages';
