/**
 * The browser editor under the production Content-Security-Policy (no
 * 'unsafe-eval'): the one patch that lets Decap start (src/client/decapUnderCsp.ts)
 * skips Decap's run-time check of its configuration only when the browser
 * refuses to compile it. tests/e2e/cms.spec.ts opens the same built editor
 * once with the policy bypassed, so Decap's own check still runs on the
 * configuration the build generated.
 */
import { describe, expect, it } from 'vitest';
import { allowPrecheckedConfigUnderCsp } from '../../src/client/decapUnderCsp.ts';

/** A Function constructor as a browser gives it under a CSP without 'unsafe-eval'. */
function cspWindow() {
  const refused = function () {
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  } as unknown as FunctionConstructor;
  return { Function: refused };
}

describe('Decap under the CSP without unsafe-eval', () => {
  it("answers Ajv's compile of the (pre-checked) configuration, and nothing else", () => {
    const win = cspWindow();
    allowPrecheckedConfigUnderCsp(win);
    const makeValidate = new win.Function('self', 'scope', 'return function validate() {}') as unknown as () => (data: unknown) => boolean;
    expect(makeValidate()({ anything: true })).toBe(true);
    // Any other generated code stays refused, as the policy wants.
    expect(() => new win.Function('return this')).toThrow(EvalError);
    expect(() => new win.Function('a', 'b', 'return a + b')).toThrow(EvalError);
  });

  it('leaves Function untouched where the page may compile code', () => {
    const win = { Function: globalThis.Function };
    allowPrecheckedConfigUnderCsp(win);
    const add = new win.Function('a', 'b', 'return a + b') as (a: number, b: number) => number;
    expect(add(2, 3)).toBe(5);
    const viaSelf = new win.Function('self', 'scope', 'return () => self + scope') as (a: number, b: number) => () => number;
    expect(viaSelf(1, 2)()).toBe(3);
  });
});
