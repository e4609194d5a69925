/**
 * Guard around the one experimental Astro feature the build relies on:
 * `experimental.incrementalBuild`, whose rules for reusing a page
 * (src/model/cacheKeys.ts explains them) were read from Astro's own code of
 * one minor release. A key that misses an input is only caught by
 * tests/incremental/equality.test.ts; under an Astro minor nobody ran that
 * test with, a page could be reused when it should not.
 *
 * So: under the verified minor (or with INCREMENTAL_BUILD=on, which the
 * newest-Astro job sets to run that very test) the flag stays on; under any
 * other Astro, or when this Astro no longer has the flag, every page is
 * rendered (Astro's documented, non-incremental build: slower, never stale)
 * and the build log says so in one line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';

/** The Astro minor whose incremental-build rules cacheKeys.ts was checked against (and the equality test passed with). */
export const INCREMENTAL_BUILD_VERIFIED = '7.3';

export interface IncrementalBuildFacts {
  /** The installed Astro's version, e.g. "7.3.5". */
  astroVersion: string;
  /** config.experimental.incrementalBuild after Astro parsed the config: undefined when Astro has no such flag. */
  flag: unknown;
  /** INCREMENTAL_BUILD from the environment: "on" keeps the flag under an unverified minor. */
  override?: string;
}

/** Whether to keep incremental builds, and the log line when not. */
export function incrementalBuildDecision({ astroVersion, flag, override }: IncrementalBuildFacts): { keep: boolean; warning?: string } {
  if (flag !== true) {
    if (flag === false) return { keep: false };
    return {
      keep: false,
      warning: `astro-internals: Astro ${astroVersion} has no experimental.incrementalBuild; every page is rendered on every build (cache keys unused). See docs/maintenance.md.`,
    };
  }
  const minor = astroVersion.split('.').slice(0, 2).join('.');
  if (minor === INCREMENTAL_BUILD_VERIFIED || override === 'on') return { keep: true };
  return {
    keep: false,
    warning:
      `astro-internals: the cache keys were verified with Astro ${INCREMENTAL_BUILD_VERIFIED}, this is Astro ${astroVersion}; ` +
      'incremental build turned off, every page is rendered (same pages, slower). After `INCREMENTAL_BUILD=on npm run test:incremental` passes, ' +
      'raise INCREMENTAL_BUILD_VERIFIED in src/build/integrations/incrementalBuildGuard.ts. See docs/maintenance.md.',
  };
}

function installedAstroVersion(): string {
  const file = createRequire(import.meta.url).resolve('astro/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export function incrementalBuildGuard(): AstroIntegration {
  return {
    name: 'incremental-build-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const flag = (config.experimental as Record<string, unknown>).incrementalBuild;
        const decision = incrementalBuildDecision({ astroVersion: installedAstroVersion(), flag, override: process.env.INCREMENTAL_BUILD });
        if (decision.warning) logger.warn(decision.warning);
        if (!decision.keep && flag === true) updateConfig({ experimental: { incrementalBuild: false } });
      },
    },
  };
}
