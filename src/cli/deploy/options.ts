/** Command-line options of `npm run deploy` and where a target lives. */

export type Target = { kind: 'local'; dir: string } | { kind: 'remote'; host: string; dir: string };

export interface DeployOptions {
  target: Target;
  keep: number;
  rollback: boolean;
  dist: string;
  /** ssh program (and options), e.g. "ssh -p 2222"; DEPLOY_SSH overrides the default. */
  ssh: string;
}

export const USAGE = `使い方 / Usage:
  npm run deploy -- --to <フォルダ | user@host:/フォルダ> [--keep 5] [--dist dist]
  npm run deploy -- --to <フォルダ | user@host:/フォルダ> --rollback`;

export class UsageError extends Error {
  constructor(ja: string, en: string) {
    super(`[日本語] ${ja}\n[English] ${en}\n\n${USAGE}`);
    this.name = 'UsageError';
  }
}

/**
 * "user@host:/srv/site" and "host:site" are remote (rsync's own rule: a
 * colon before any slash); "/srv/site", "./site", "C:\\site" are local.
 */
export function parseTarget(to: string): Target {
  const remote = /^((?:[^@/:\s]+@)?[^@/:\s]+):(.+)$/u.exec(to);
  if (remote && !/^[A-Za-z]$/u.test(remote[1] ?? '')) {
    return { kind: 'remote', host: remote[1] ?? '', dir: (remote[2] ?? '').replace(/\/+$/u, '') || '/' };
  }
  return { kind: 'local', dir: to };
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): DeployOptions {
  let to: string | undefined = env['DEPLOY_TO'];
  let keep = 5;
  let rollback = false;
  let dist = 'dist';
  const ssh = env['DEPLOY_SSH'] || 'ssh';
  const value = (index: number, flag: string): string => {
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) {
      throw new UsageError(`${flag} の後に値を書いてください`, `${flag} needs a value`);
    }
    return next;
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => inline ?? value(index++, flag);
    if (flag === '--to') to = take();
    else if (flag === '--dist') dist = take();
    else if (flag === '--rollback') rollback = true;
    else if (flag === '--keep') {
      const text = take();
      keep = Number(text);
      if (!Number.isInteger(keep) || keep < 2) {
        throw new UsageError(`--keep は 2 以上の整数です（${text}）`, `--keep must be an integer of at least 2 (got ${text})`);
      }
    } else {
      throw new UsageError(`知らないオプションです: ${arg}`, `unknown option: ${arg}`);
    }
  }
  if (!to) throw new UsageError('--to で配置先を指定してください', 'give the target with --to');
  return { target: parseTarget(to), keep, rollback, dist, ssh };
}
