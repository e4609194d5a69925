/**
 * The Markdown processor with the editors' pre-parse step in front of the MDX
 * compiler: every .mdx body goes through prepareMdxSource
 * (src/rules/mdxSource.ts), the same function the content check runs, so
 * 「10人<20人」 or 「{月曜}」 in running text are shown as written instead of
 * stopping the build with a JSX error. Satteri parses before any of its
 * plugins run, so this has to wrap the renderer rather than be a plugin.
 */
import { checkBodyReferences } from '../rules/bodyReferences.ts';
import { ContentValidationError } from '../rules/issues.ts';
import { MAX_BODY_CHARACTERS, prepareMdxSource } from '../rules/mdxSource.ts';

interface MdxRenderer {
  process: (content: string, ...rest: never[]) => unknown;
}
interface Processor {
  createMdxRenderer?: (...args: never[]) => Promise<MdxRenderer>;
}

export function editorSafeMdx<P extends Processor>(processor: P): P {
  const create = processor.createMdxRenderer?.bind(processor);
  if (!create) return processor;
  return Object.assign(processor, {
    createMdxRenderer: async (...args: never[]) => {
      const renderer = await create(...args);
      return {
        ...renderer,
        process: (content: string, ...rest: never[]) => {
          const prepared = prepareMdxSource(content);
          // Last line of defence (the loader refuses these first): thousands of
          // nesting levels crash the native compiler, so never hand them over.
          if (prepared.tooDeepAt !== undefined || content.length > MAX_BODY_CHARACTERS) {
            const first = (rest as unknown[])[0];
            const file = typeof first === 'string' ? first : '(MDX)';
            const issues = checkBodyReferences(content, { file, principleIds: [], postSlugs: [], fileExists: () => true });
            throw new ContentValidationError(issues.slice(0, 1));
          }
          return renderer.process(prepared.source, ...rest);
        },
      };
    },
  });
}
