// Astro reads content collections only from the site's own src/: the engine's
// collections (posts, principles, handbook, mission, …) are re-exported here.
export { collections } from 'mission-handbook/collections';
