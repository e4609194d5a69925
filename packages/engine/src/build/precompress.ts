/**
 * Writes file.gz next to every text file so nginx's gzip_static can send
 * compressed bytes without compressing on each request.
 *
 * With a cache folder, each .gz is kept there under the SHA-256 of its
 * source: after an incremental build most pages are byte-identical to last
 * time, and hashing is far cheaper than gzip at its best level. Entries no
 * file used in this build are removed, so the cache never outgrows one site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { listFiles } from '../files/listFiles.ts';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/u;

/** A cached result for a source that did not shrink: no .gz is written. */
const NOT_SMALLER = Buffer.alloc(0);

export interface PrecompressResult {
  /** The .gz files written. */
  written: string[];
  /** How many files the cache answered (a .gz, or "not smaller"). */
  reused: number;
}

/** A .gz is only kept when it is smaller. */
export function precompressDirectory(dir: string, cacheDir?: string): PrecompressResult {
  const written: string[] = [];
  const used = new Set<string>();
  let reused = 0;
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  for (const file of listFiles(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const full = path.join(dir, file);
    const data = readFileSync(full);
    let gz: Buffer | undefined;
    const cached = cacheDir && path.join(cacheDir, createHash('sha256').update(data).digest('hex'));
    if (cached) {
      used.add(path.basename(cached));
      if (existsSync(cached)) {
        gz = readFileSync(cached);
        reused += 1;
      }
    }
    if (!gz) {
      gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
      if (gz.length >= data.length) gz = NOT_SMALLER;
      if (cached) writeFileSync(cached, gz);
    }
    if (gz.length === 0) continue;
    writeFileSync(`${full}.gz`, gz);
    // Same mtime as the original, so Last-Modified matches either way.
    const { atime, mtime } = statSync(full);
    utimesSync(`${full}.gz`, atime, mtime);
    written.push(`${file}.gz`);
  }
  if (cacheDir) {
    for (const entry of readdirSync(cacheDir)) if (!used.has(entry)) rmSync(path.join(cacheDir, entry), { force: true });
  }
  return { written, reused };
}
