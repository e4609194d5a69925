/**
 * Rendering an entry's body goes through the model too, so that nothing
 * outside src/model imports `astro:content` (tests/unit/architecture.test.ts).
 */
export { render } from 'astro:content';
