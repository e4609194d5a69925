/**
 * `npm run init` on a copy of the project (build tier: a real build): the CLI
 * moves the previous content to examples/default-content/, refuses to run
 * twice, and the result really builds into a site that shows the new
 * organisation and nothing of the old.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, projectWithFixture, runCli, type Project } from '../support/fixtureBuild.ts';

describe('npm run init on a copy of the project, then a real build', () => {
  let project: Project | undefined;
  afterAll(() => project?.dispose());

  it(
    'moves the old content to examples/, writes the new one, refuses a second run, and the result builds',
    async () => {
      project = projectWithFixture('other-town');
      const args = ['--organization', '架空村役場', '--title', '架空村役場 ポータル', '--leader', '村長', '--principles-name', 'バリュー', '--principle', '聞く', '--principle', '試す'];
      const first = await runCli(project.dir, 'src/cli/init.ts', args);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain('次にすること / Next steps');
      expect(existsSync(path.join(project.dir, 'examples/default-content/site.yaml'))).toBe(true);
      expect(readdirSync(path.join(project.dir, 'content/principles'))).toEqual(['principle-1.mdx', 'principle-2.mdx']);

      const second = await runCli(project.dir, 'src/cli/init.ts', args);
      expect(second.code).toBe(1);
      expect(second.output).toContain('init は一度だけ実行できます');

      const missing = await runCli(project.dir, 'src/cli/init.ts', ['--organization', 'x']);
      expect(missing.code).toBe(1);

      const build = await buildProject(project.dir, { BUILD_DATE: '2099-01-01' });
      expect(build.code, build.output.slice(-3000)).toBe(0);
      const home = readFileSync(path.join(project.dir, 'dist/index.html'), 'utf8');
      expect(home).toContain('架空村役場 ポータル');
      expect(home).toContain('2つのバリュー');
      expect(home).toContain('サンプル');
      expect(home).toContain('仮の日付');
      // Nothing of the content that was moved away.
      expect(home).not.toContain('架空町役場');
      expect(existsSync(path.join(project.dir, 'dist/glossary/index.html'))).toBe(false);
    },
    600_000,
  );
});
