/** Decap CMS's bundle files ending in .wasm, served by the site itself (src/model/editor.ts decapFileRoute). */
import { decapFileRoute } from '../../../model/editor.ts';

export const { getStaticPaths, GET } = decapFileRoute('.wasm');
