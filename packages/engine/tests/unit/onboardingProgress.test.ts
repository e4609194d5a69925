import { describe, expect, it } from 'vitest';
import { markVisited, parseVisited, progressOf, serializeVisited, storageKey } from '../../src/client/onboardingProgress.ts';

describe('onboarding progress', () => {
  it('round-trips visited steps through storage text, once each', () => {
    let visited = parseVisited(null);
    visited = markVisited(visited, 'mission');
    visited = markVisited(visited, 'principles/cost');
    visited = markVisited(visited, 'mission');
    expect(parseVisited(serializeVisited(visited))).toEqual(['mission', 'principles/cost']);
  });

  it('treats damaged or foreign storage as nothing read', () => {
    expect(parseVisited('not json')).toEqual([]);
    expect(parseVisited('{"a":1}')).toEqual([]);
    expect(parseVisited('["mission", 3, null]')).toEqual(['mission']);
  });

  it('counts only steps still on the path', () => {
    const steps = ['mission', 'principles/real-problem', 'principles/cost', 'posts/keiei-kaigi'];
    expect(progressOf(['mission', 'posts/removed-from-path'], steps)).toEqual({ done: 1, total: 4, percent: 25 });
    expect(progressOf(steps, steps)).toEqual({ done: 4, total: 4, percent: 100 });
    expect(progressOf([], steps).done).toBe(0);
  });

  it('rounds down so 100% means everything is read', () => {
    expect(progressOf(['a', 'b'], ['a', 'b', 'c']).percent).toBe(66);
  });

  it('keeps sites under different base paths apart', () => {
    expect(storageKey('/')).not.toBe(storageKey('/mayor/'));
  });
});
