/** What the /admin/ routes need from disk: whether the editor is on, and the CMS bundle. */
import { loadSiteConfig } from '../files/loadSiteConfig.ts';

export { CMS_ENTRY, cmsBundleFiles, readCmsBundleFile } from '../files/cmsBundle.ts';

/** site.yaml editor.enabled (read directly: getStaticPaths runs before the content model). */
export function editorEnabled(): boolean {
  return loadSiteConfig().editor.enabled;
}
