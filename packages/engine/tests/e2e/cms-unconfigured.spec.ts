/**
 * A production build whose site.yaml names no git server (the default
 * content: editor.backend local) must not ship an editor that saves to
 * 127.0.0.1 on the reader's PC: /admin/ explains, in Japanese, what the
 * administrator has to do, and loads nothing of the CMS (docs/cms.md).
 */
import { expect, test } from '@playwright/test';

test('an unconfigured /admin/ explains itself and loads no editor', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('admin/');
  await expect(page.getByRole('heading', { level: 1, name: '編集画面はまだ設定されていません' })).toBeVisible();
  await expect(page.getByText('docs/cms.md', { exact: false })).toBeVisible();
  expect(requests.filter((url) => /decap|127\.0\.0\.1:8081/u.test(url))).toEqual([]);
  expect(await page.content()).not.toContain('cms-config');
});
