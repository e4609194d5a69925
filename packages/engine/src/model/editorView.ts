/**
 * Whether this build is for editors: `npm run dev`, or a preview build made
 * with EDITOR_VIEW=1 (e.g. for reviewers of a change). Only then do pages show
 * the editing machinery — the repository's edit link, the date of the last
 * commit, the 固定表示 badge. Readers see the content and its own dates.
 */
const EDITOR_VIEW_ENV = 'EDITOR_VIEW';

export function isEditorView(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env[EDITOR_VIEW_ENV];
  return env.MISSION_SITE_ASTRO_COMMAND === 'dev' || flag === '1' || flag === 'true';
}
