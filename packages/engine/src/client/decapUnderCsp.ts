/**
 * The one patch that lets Decap run under `script-src 'self'` (no
 * 'unsafe-eval', docs/cms.md "Content-Security-Policy"). At start Decap checks
 * its configuration with Ajv, which compiles the check into code with
 * `new Function(self, scope, code)`; the policy refuses that with an
 * EvalError and Decap shows only "Error loading the CMS configuration".
 * The configuration is ours, generated at build time and checked against
 * Decap's own schema by tests/unit/cmsConfig.test.ts, so when (and only when)
 * the browser refuses Ajv's compile, the check is answered "valid". Any other
 * use of `Function` is left as it is: refused by the policy, as it should be.
 */
export function allowPrecheckedConfigUnderCsp(target: { Function: FunctionConstructor }): void {
  const original = target.Function;
  target.Function = new Proxy(original, {
    construct(fn, args: unknown[], newTarget) {
      try {
        return Reflect.construct(fn, args, newTarget === target.Function ? fn : newTarget) as object;
      } catch (error) {
        if (!(error instanceof EvalError) || args[0] !== 'self' || args[1] !== 'scope') throw error;
        // Ajv's factory: (self, scope) => validate; the configuration is already known valid.
        return () => Object.assign(() => true, { errors: null });
      }
    },
  });
}
