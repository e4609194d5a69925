/**
 * Throw-away peer projects under bench/.work/, built from the templates in
 * bench/peers/ on the same generated posts as the site.
 *
 * - bare: Astro + MDX with one glob collection, one page per post and an
 *   index; it reuses the site's node_modules (same Astro, MDX and Pagefind).
 * - starlight: @astrojs/starlight with the posts as docs pages; its
 *   dependencies are installed once into bench/.work/peer-starlight-deps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

export type PeerName = 'bare' | 'starlight';

export interface PeerProject {
  name: PeerName;
  dir: string;
}

export async function preparePeer(name: PeerName, options: { repoRoot: string; modulesRoot: string; workDir: string; contentDir: string }): Promise<PeerProject> {
  const dir = path.join(options.workDir, `peer-${name}`);
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(options.repoRoot, 'bench', 'peers', name), dir, { recursive: true });
  const postsTarget = name === 'bare' ? path.join(dir, 'src', 'content', 'posts') : path.join(dir, 'src', 'content', 'docs', 'posts');
  await mkdir(path.dirname(postsTarget), { recursive: true });
  await cp(path.join(options.contentDir, 'posts'), postsTarget, { recursive: true });
  await symlink(await nodeModulesFor(name, options), path.join(dir, 'node_modules'), 'dir');
  return { name, dir };
}

async function nodeModulesFor(name: PeerName, options: { repoRoot: string; modulesRoot: string; workDir: string }): Promise<string> {
  if (name === 'bare') return path.join(options.modulesRoot, 'node_modules');
  const deps = path.join(options.workDir, 'peer-starlight-deps');
  if (!existsSync(path.join(deps, 'node_modules', '@astrojs', 'starlight'))) {
    await mkdir(deps, { recursive: true });
    await cp(path.join(options.repoRoot, 'bench', 'peers', 'starlight', 'package.json'), path.join(deps, 'package.json'));
    console.log('installing Starlight for the peer (once)…');
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: deps, stdio: 'inherit' });
  }
  return path.join(deps, 'node_modules');
}

/** The first generated post's page URL path in a peer's output, for page weight. */
export async function firstPostPath(outDir: string, under: string): Promise<string | undefined> {
  const root = path.join(outDir, under);
  if (!existsSync(root)) return undefined;
  const entries = await readdir(root, { recursive: true });
  // The generated posts are post-00001…; list pages (posts/page/2/) must not be picked.
  const page = entries.map(String).filter((entry) => /post-\d+[\\/]index\.html$/u.test(entry)).sort()[0];
  return page && `/${under}/${page.replace(/index\.html$/u, '')}`.replace(/\/+/gu, '/');
}
