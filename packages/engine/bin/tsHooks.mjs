// Lets Node run the engine's TypeScript files when the engine is installed in
// a site's node_modules/: Node strips types by itself everywhere except
// there (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING). Only files of this
// package are handled; everything else loads as Node would load it.
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENGINE = new URL('../', import.meta.url).href;

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith(ENGINE) && /\.[cm]?ts$/u.test(new URL(url).pathname) && url.includes('/node_modules/')) {
      const source = readFileSync(fileURLToPath(url), 'utf8');
      return { format: 'module', source: stripTypeScriptTypes(source, { mode: 'strip' }), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
