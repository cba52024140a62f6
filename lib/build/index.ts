/**
 * What only the build uses: the manifest's per-browser keys and its texts per language, the host
 * permissions derived from the catalogue, and the plugins that shape what pages load. wxt.config.ts
 * imports each module itself; outside it, only the bench reads the data as shipped.
 */
export { runtimeJson } from './runtime-data';
