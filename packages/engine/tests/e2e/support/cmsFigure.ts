import type { Page } from '@playwright/test';

/**
 * Add a Figure block to the post being edited, uploading a photo whose
 * name is Japanese with a space and a bracket (as phones and scanners name
 * them), with its alt text and caption: what a 広報 member does for a photo.
 */
export async function addFigureWithPhoto(page: Page, photo: Buffer, name = '会議の様子 (1).png'): Promise<void> {
  await page.getByRole('button', { name: 'コンポーネント追加' }).click();
  await page.getByText('図（画像と説明）', { exact: true }).click();
  await page.getByRole('button', { name: '画像を選択' }).click();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: photo });
  await page.getByRole('button', { name: '選択する' }).click();
  await page.getByLabel('代替テキスト（画像の内容を短い文で）').fill('会議室で話し合う職員');
  await page.getByLabel('説明', { exact: true }).fill('第1回の会議');
}
