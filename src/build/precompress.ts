/**
 * Writes file.gz next to every text file so nginx's gzip_static can send
 * compressed bytes without compressing on each request.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { listFiles } from '../files/listFiles.ts';

export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/u;

/** Returns the files compressed; a .gz is only kept when it is smaller. */
export function precompressDirectory(dir: string): string[] {
  const written: string[] = [];
  for (const file of listFiles(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const full = path.join(dir, file);
    const data = readFileSync(full);
    const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    if (gz.length >= data.length) continue;
    writeFileSync(`${full}.gz`, gz);
    // Same mtime as the original, so Last-Modified matches either way.
    const { atime, mtime } = statSync(full);
    utimesSync(`${full}.gz`, atime, mtime);
    written.push(`${file}.gz`);
  }
  return written;
}
