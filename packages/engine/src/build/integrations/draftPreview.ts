/**
 * Tells the content model which Astro command is running, so that drafts and
 * future posts are shown only by `astro dev`. `import.meta.env.DEV` alone is
 * not enough: it follows NODE_ENV, and a build started with NODE_ENV=test
 * (as test runners and some CI images set it) would publish every draft.
 */
import type { AstroIntegration } from 'astro';

const COMMAND_ENV = 'MISSION_SITE_ASTRO_COMMAND';

export default function draftPreview(): AstroIntegration {
  return {
    name: 'draft-preview',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Pages render in this same process (build and dev alike).
        process.env[COMMAND_ENV] = command;
      },
    },
  };
}
