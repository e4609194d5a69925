/**
 * Incremental builds reuse pages by rules read from one Astro minor's code
 * (src/model/cacheKeys.ts). Under another minor, or an Astro without the
 * experimental flag, every page is rendered and the build log says why.
 */
import { describe, expect, it } from 'vitest';
import { incrementalBuildDecision, incrementalBuildGuard, INCREMENTAL_BUILD_VERIFIED } from '../../src/build/integrations/incrementalBuildGuard.ts';

const verified = `${INCREMENTAL_BUILD_VERIFIED}.9`;

describe('incrementalBuildDecision', () => {
  it('keeps incremental builds under the verified minor, whatever its patch', () => {
    expect(incrementalBuildDecision({ astroVersion: `${INCREMENTAL_BUILD_VERIFIED}.0`, flag: true })).toEqual({ keep: true });
    expect(incrementalBuildDecision({ astroVersion: verified, flag: true })).toEqual({ keep: true });
  });

  it('turns them off under another minor, naming both versions and the way to verify', () => {
    const decision = incrementalBuildDecision({ astroVersion: '7.99.0', flag: true });
    expect(decision.keep).toBe(false);
    expect(decision.warning).toMatch(/^astro-internals: .*Astro 7\.99\.0.*INCREMENTAL_BUILD=on npm run test:incremental/u);
    expect(decision.warning).toContain(`Astro ${INCREMENTAL_BUILD_VERIFIED}`);
  });

  it('keeps them under another minor only when told to (the newest-Astro job, to test them)', () => {
    expect(incrementalBuildDecision({ astroVersion: '7.99.0', flag: true, override: 'on' })).toEqual({ keep: true });
  });

  it('says so when this Astro has no such flag (the config parsed without it), and stays quiet when it is merely off', () => {
    const missing = incrementalBuildDecision({ astroVersion: verified, flag: undefined });
    expect(missing.keep).toBe(false);
    expect(missing.warning).toMatch(/^astro-internals: .*no experimental\.incrementalBuild/u);
    expect(incrementalBuildDecision({ astroVersion: verified, flag: false })).toEqual({ keep: false });
  });
});

describe('the integration', () => {
  async function setup(experimental: Record<string, unknown>) {
    const updates: unknown[] = [];
    const warnings: string[] = [];
    const hook = incrementalBuildGuard().hooks['astro:config:setup']!;
    await hook({
      config: { experimental },
      updateConfig: (update: unknown) => updates.push(update),
      logger: { warn: (message: string) => warnings.push(message) },
    } as never);
    return { updates, warnings };
  }

  it('leaves the flag on under the installed (pinned, verified) Astro', async () => {
    expect(await setup({ incrementalBuild: true })).toEqual({ updates: [], warnings: [] });
  });

  it('logs, and changes nothing, when the parsed config has no such flag', async () => {
    const { updates, warnings } = await setup({});
    expect(updates).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});
