// The oldest Node.js the engine runs on, checked before anything else so
// that an old Node (Debian's nodejs, a forgotten install) gets one message
// instead of a stack trace. 22.18: Node runs the engine's .ts files itself
// from that version on (type stripping on by default), and the hooks in
// tsHooks.mjs need module.registerHooks (22.15+). Astro 7 alone needs 22.12.
export const MINIMUM_NODE = '22.18.0';

/**
 * The message for a Node older than MINIMUM_NODE, or undefined.
 * @param {string} version e.g. process.version
 * @returns {string | undefined}
 */
export function nodeVersionProblem(version) {
  const parse = (/** @type {string} */ text) => text.replace(/^v/u, '').split('.').map(Number);
  const [major = 0, minor = 0] = parse(version);
  const [needMajor = 0, needMinor = 0] = parse(MINIMUM_NODE);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return (
    `✗ Node.js ${MINIMUM_NODE} 以上が必要です（いまは ${version}）。nodejs.org の配布物（24 LTS を推奨）を入れてください。` +
    `閉じたネットワークでの入れ方は docs/offline-install.md にあります。\n` +
    `  Node.js ${MINIMUM_NODE} or later is required (this is ${version}): install it from nodejs.org (24 LTS recommended).`
  );
}
