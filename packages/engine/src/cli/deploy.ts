/**
 * npm run deploy -- --to <dir | user@host:dir> [--keep N] [--rollback] [--dist dist] [--wait seconds]
 * One deploy at a time per target (src/cli/deploy/lock.ts); a second one waits up to --wait seconds (120), then refuses.
 * Publishes dist/ as a new release and switches `current` to it atomically
 * (see src/cli/deploy/). Exit code 0 only when the new release is live.
 */
import { spawnSync } from 'node:child_process';
import { deployLocal, rollbackLocal } from './deploy/localTarget.ts';
import { parseArgs } from './deploy/options.ts';
import { deployRemote, rollbackRemote, type Runner } from './deploy/remoteTarget.ts';
import path from 'node:path';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { announceNewPosts } from './publishMail.ts';

const run: Runner = (argv, input) => {
  const [command = '', ...args] = argv;
  const result = spawnSync(command, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.error ? String(result.error) : (result.stderr ?? ''),
  };
};

const log = (line: string) => console.log(line);

let published: { dist: string; statePath: string } | undefined;
try {
  const options = parseArgs(process.argv.slice(2), process.env);
  const { target } = options;
  if (target.kind === 'local') {
    const { waitSeconds } = options;
    if (options.rollback) rollbackLocal({ dir: target.dir, waitSeconds, log });
    else deployLocal({ dist: options.dist, dir: target.dir, keep: options.keep, waitSeconds, log });
  } else {
    const remote = { host: target.host, dir: target.dir, ssh: options.ssh, run, log, waitSeconds: options.waitSeconds };
    if (options.rollback) rollbackRemote(remote);
    else deployRemote({ ...remote, dist: options.dist, keep: options.keep });
  }
  if (!options.rollback) {
    // The record of announced posts lives beside the releases for a local
    // target; a remote deploy keeps it on the machine that runs the job.
    const statePath =
      process.env.PUBLISH_MAIL_STATE || (target.kind === 'local' ? path.join(target.dir, '.publish-mail-sent.json') : '.publish-mail-sent.json');
    published = { dist: options.dist, statePath };
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

// Mail on publish (off by default): only after the new release is live, and
// whatever happens there, the deploy's exit code stays as it is.
if (published) {
  try {
    await announceNewPosts({ ...published, config: loadSiteConfig(), log });
  } catch (error) {
    console.log(`▲ [publish-mail] ${error instanceof Error ? error.message : String(error)}`);
  }
}
