/** Decap's Japanese phrases (the package ships no types), read by tests/unit/contributingScreenWords.test.ts. */
declare module 'decap-cms-locales/dist/esm/ja/index.js' {
  const ja: Record<string, unknown>;
  export default ja;
}
