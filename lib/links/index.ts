/**
 * Link health: the checker, pure, runs the same in the worker and in `npm run check-links`; the
 * rest is what runs mean for the shown state, when they happen, how they are stored and shown.
 */
export { checkLinks } from './check';
export type { CheckOptions, FetchLike, LinkReason, LinkResult, LinkState } from './types';
export { probeUrlFor } from './youtube';
export { watchForNoNetwork } from './no-network';
// Every name of these is part of the face.
export * from './state';
export * from './schedule';
export * from './store';
export * from './view';
