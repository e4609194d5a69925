/**
 * Two objects are called `ja`: the dictionary as written (src/site/i18n/ja.ts,
 * placeholders such as {organization} unfilled) and the filled copy pages
 * show (src/model/ui.ts, localize()). Showing a template string by mistake
 * would print "{organization}" to readers: the types make it an error, which
 * `npm run check:types` proves through the @ts-expect-error lines below (each
 * fails the type check the day the mistake compiles again).
 */
import { describe, expect, it } from 'vitest';
import { ja as template } from '../../src/site/i18n/ja.ts';
import { localize, type Filled } from '../../src/site/i18n/words.ts';
import { cmsBlocks } from '../../src/site/cmsBlocks.ts';

const words = { organization: '架空町役場', leader: '町長', principles: '行動指針', principleCount: 3, blog: '庁内ブログ', missionNote: '補足' };
const filled = localize(template, words);

describe('the UI dictionary’s two forms', () => {
  it('a template string with a placeholder is not a string until localized', () => {
    // @ts-expect-error -- the unfilled template: "{principlesN}" would reach the page
    const wrong: string = template.home.principlesHeading;
    const right: string = filled.home.principlesHeading;
    expect(wrong).toBe('{principlesN}');
    expect(right).toBe('3つの行動指針');
  });

  it('strings without a placeholder read the same from either', () => {
    const plain: string = template.home.missionHeading;
    expect(plain).toBe(filled.home.missionHeading);
  });

  it('code that builds UI from the dictionary takes only the filled one', () => {
    // @ts-expect-error -- the editor's blocks would show "{principles}へのリンク"
    cmsBlocks({ principles: [], terms: [] }, template);
    const blocks = cmsBlocks({ principles: [], terms: [] }, filled);
    expect(blocks.find((block) => block.id === 'PrincipleLink')?.label).toBe('行動指針へのリンク');
  });

  it('the filled dictionary holds no placeholder in any string', () => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(filled satisfies Filled<typeof template>);
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter((text) => /\{(?:organization|leader|principlesN?|blog|missionNote)\}/u.test(text))).toEqual([]);
  });
});
