/** `assets/terms.json?names`: the cards' names and addresses only (./names.ts). */
declare module '*.json?names' {
  const data: unknown;
  export default data;
}
