/** A deploy step that failed; the message says which, in Japanese and English. */
export class DeployError extends Error {
  readonly step: string;
  constructor(step: string, ja: string, en: string, detail?: string) {
    super(
      `配置を中止しました（${step}）。公開中のサイトは変わっていません。\n` +
        `Deploy stopped at step "${step}". The live site is unchanged.\n` +
        `  [日本語] ${ja}\n  [English] ${en}${detail ? `\n\n${detail}` : ''}`,
    );
    this.name = 'DeployError';
    this.step = step;
  }
}
