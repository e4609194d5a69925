/** Command-line options of `npm run deploy` and where a target lives. */

export type Target = { kind: 'local'; dir: string } | { kind: 'remote'; host: string; dir: string };

export interface DeployOptions {
  target: Target;
  keep: number;
  rollback: boolean;
  dist: string;
  /** Seconds to wait while another deploy holds the target's lock (then refuse). */
  waitSeconds: number;
  /** ssh program (and options), e.g. "ssh -p 2222"; DEPLOY_SSH overrides the default. */
  ssh: string;
}

const USAGE = `使い方 / Usage:
  npm run deploy -- --to <フォルダ | user@host:/フォルダ> [--keep 5] [--dist dist] [--wait 120]
  npm run deploy -- --to <フォルダ | user@host:/フォルダ> --rollback`;

class UsageError extends Error {
  constructor(ja: string, en: string) {
    super(`[日本語] ${ja}\n[English] ${en}\n\n${USAGE}`);
    this.name = 'UsageError';
  }
}

/**
 * A value handed to ssh or rsync must not be read by them as an option
 * ("-oProxyCommand=…") or carry control characters (a newline ends a
 * command in the remote shell; an escape rewrites the terminal).
 */
function checkPathArgument(flag: string, value: string): void {
  if (value.startsWith('-')) {
    throw new UsageError(
      `${flag} の値を「-」で始めることはできません（${JSON.stringify(value)}）。フォルダなら ./ を前に付けてください`,
      `the value of ${flag} may not start with "-" (${JSON.stringify(value)}); for a folder, put ./ in front`,
    );
  }
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(value)) {
    throw new UsageError(
      `${flag} の値に改行などの制御文字が入っています（${JSON.stringify(value)}）`,
      `the value of ${flag} contains control characters such as a newline (${JSON.stringify(value)})`,
    );
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
  let waitSeconds = 120;
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
    else if (flag === '--wait') {
      const text = take();
      waitSeconds = Number(text);
      if (!Number.isFinite(waitSeconds) || waitSeconds < 0 || text.trim() === '') {
        throw new UsageError(`--wait は 0 以上の秒数です（${text}）`, `--wait must be a number of seconds, 0 or more (got ${text})`);
      }
    }
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
  checkPathArgument('--to', to);
  checkPathArgument('--dist', dist);
  const target = parseTarget(to);
  if (target.kind === 'remote') checkPathArgument('--to', target.dir);
  return { target, keep, rollback, dist, waitSeconds, ssh };
}
