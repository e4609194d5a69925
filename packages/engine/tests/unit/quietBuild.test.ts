/**
 * A clean build prints only what a person should read: the bundler's warning
 * about Astro's own MDX directive is dropped (and nothing else), and a build
 * step's refusal is printed as its message alone, then exit 1.
 */
import { describe, expect, it } from 'vitest';
import { isAstroDirectiveNoise, quietBundlerLog } from '../../src/build/bundlerLog.ts';
import { stopBuild } from '../../src/build/buildStop.ts';

const directive = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/posts/2025/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the bundler log', () => {
  it('drops the warning about Astro’s head-inject directive', () => {
    expect(isAstroDirectiveNoise(directive)).toBe(true);
    const passed: unknown[] = [];
    quietBundlerLog('warn', directive, (_level, log) => passed.push(log));
    expect(passed).toEqual([]);
  });

  it.each([
    ['another directive', { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved' }],
    ['another warning', { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' }],
    ['a warning without a code', { message: '"use astro:head-inject" mentioned elsewhere' }],
  ])('passes on %s', (_name, log) => {
    const passed: Array<[string, unknown]> = [];
    quietBundlerLog('warn', log, (level, item) => passed.push([level, item]));
    expect(passed).toEqual([['warn', log]]);
  });
});

describe('stopBuild', () => {
  it('prints the message alone, once, ending in one newline, then exits 1', () => {
    const written: string[] = [];
    const exits: number[] = [];
    const output = {
      write: (text: string) => written.push(text),
      exit: ((code: number) => {
        exits.push(code);
        throw new Error('exited');
      }) as (code: number) => never,
    };
    expect(() => stopBuild('リンク切れが 1 件あります。\nFound 1 broken internal link(s).\n\n', output)).toThrow('exited');
    expect(written).toEqual(['リンク切れが 1 件あります。\nFound 1 broken internal link(s).\n']);
    expect(exits).toEqual([1]);
  });
});
