/** The editor's own script and its chunks, bundled once per engine change (src/model/editor.ts editorScriptRoute). */
import { editorScriptRoute } from '../../../model/editor.ts';

export const { getStaticPaths, GET } = editorScriptRoute('.js');
