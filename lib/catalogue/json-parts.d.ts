/** The catalogue's parts, as lib/build/bundle-plugins.ts (jsonParts) hands them over. */
declare module '*.json?paint' {
  const catalogue: import('./types').Catalogue;
  export default catalogue;
}
declare module '*.json?search' {
  const fields: import('./types').EntryFields;
  export default fields;
}
declare module '*.json?nn' {
  const texts: import('./types').EntryTexts;
  export default texts;
}
declare module '*.json?en' {
  const texts: import('./types').EntryTexts;
  export default texts;
}
