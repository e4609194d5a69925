/**
 * Before Astro copies public/ into the output: refuse symlinks leaving it
 * and dotfiles (src/files/publicFolder.ts), so nothing of the build
 * machine reaches dist/ or the deploy.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stopBuild } from '../buildStop.ts';
import { checkPublicFolder, formatPublicProblems } from '../../files/publicFolder.ts';

export function publicFolderCheck(): AstroIntegration {
  return {
    name: 'public-folder-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        const problems = checkPublicFolder(fileURLToPath(config.publicDir));
        if (problems.length > 0) stopBuild(formatPublicProblems(problems));
      },
    },
  };
}
