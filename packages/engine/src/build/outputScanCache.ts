/**
 * Remembers what scanFile (outputScan.ts) read in each built file, so a
 * rebuild parses only the files that changed: after an incremental build
 * nearly every page is a byte-identical copy of last time's. Only the parse
 * is cached; the verdicts (links, off-site resources) are judged anew over
 * every file on every build, so a page whose link target disappeared is
 * still reported.
 *
 * An entry's key is the SHA-256 of the file's bytes, its path, the scan
 * options and the scanner version — the content of the scanner's own source
 * files (followed through their imports), the installed versions of the
 * parsers they import, and Node's version. Any change to the scanner's code
 * therefore misses the whole cache: a stale reading can never be reused.
 * The cache is one JSON file; entries this build did not use are dropped, so
 * it never outgrows one site. A cache that cannot be read is treated as
 * empty; if the scanner's sources cannot be found, nothing is cached.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeInputs, codeVersion, type CodeInputs } from '../files/codeVersion.ts';
import { FILE_KINDS, scanFile, type FileScan, type Reference, type ScanOptions } from './outputScan.ts';

/** Changes when the format of the cache file does (the code of this module is in the version too). */
const FORMAT = 1;

/** Where scanFile starts: its module and this one (the cache's own format). */
const SCANNER_ROOTS = [new URL('./outputScan.ts', import.meta.url), new URL(import.meta.url)];

/**
 * What the scanner is made of: every local module reachable from
 * outputScan.ts (and this file) by static imports, and the versions of the
 * packages they import (src/files/codeVersion.ts). Throws when a source or
 * a package is missing.
 */
export function scannerInputs(roots: readonly URL[] = SCANNER_ROOTS): CodeInputs {
  return codeInputs(roots);
}

/** The scanner version: a hash of its inputs and of Node's version (zlib and TextDecoder are part of the scan). */
export function scannerVersion(roots: readonly URL[] = SCANNER_ROOTS): string {
  return codeVersion(`output-scan-cache ${FORMAT}`, roots);
}

/** THE cache key of one file: SHA-256 of scanner version, scan options, path and bytes. */
export function scanKey(version: string, options: ScanOptions, file: string, data: Buffer): string {
  return createHash('sha256')
    .update(`${version}\0${JSON.stringify(options)}\0${file}\0`)
    .update(data)
    .digest('hex');
}

/** A FileScan as stored: anchors as an array. */
interface StoredScan {
  kind: FileScan['kind'];
  references: Reference[];
  anchors: string[];
}

const KINDS = new Set<string>([...Object.values(FILE_KINDS), 'unknown']);
const USES = new Set<string>(['load', 'send', 'navigate', 'refresh', 'base', 'document', 'code', 'unreadable']);

function isReference(value: unknown): value is Reference {
  const item = value as Partial<Reference> | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.url === 'string' &&
    typeof item.via === 'string' &&
    typeof item.use === 'string' &&
    USES.has(item.use) &&
    (item.base === undefined || typeof item.base === 'string') &&
    (item.nested === undefined || item.nested === true)
  );
}

/** A stored entry read back, or undefined when it is not one (then the file is scanned). */
function revive(value: unknown): FileScan | undefined {
  const stored = value as Partial<StoredScan> | null;
  if (
    typeof stored !== 'object' ||
    stored === null ||
    typeof stored.kind !== 'string' ||
    !KINDS.has(stored.kind) ||
    !Array.isArray(stored.references) ||
    !stored.references.every(isReference) ||
    !Array.isArray(stored.anchors) ||
    !stored.anchors.every((anchor) => typeof anchor === 'string')
  ) {
    return undefined;
  }
  return { kind: stored.kind, references: stored.references, anchors: new Set(stored.anchors) };
}

function store(scan: FileScan): StoredScan {
  return { kind: scan.kind, references: scan.references, anchors: [...scan.anchors] };
}

/** The entries of a cache file; empty when it is missing, unreadable or not a cache. */
function readEntries(cacheFile: string): Record<string, unknown> {
  try {
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { format?: unknown; entries?: unknown } | null;
    if (data?.format === FORMAT && typeof data.entries === 'object' && data.entries !== null && !Array.isArray(data.entries)) {
      return data.entries as Record<string, unknown>;
    }
  } catch {
    // Missing, truncated or not JSON: start empty.
  }
  return {};
}

export interface ScanCache {
  /** scanFile's result for this file, from the cache when the same bytes were read before by the same scanner. */
  scan(file: string, data: Buffer): FileScan;
  /** How many files the cache answered so far. */
  readonly reused: number;
  /** Write the entries used since opening (and only those). Never throws: a cache that cannot be written is skipped. */
  save(): void;
}

/**
 * Open the cache at `cacheFile` (undefined: no cache, every file is scanned).
 * `version` defaults to scannerVersion(); when that cannot be computed the
 * cache is not used at all.
 */
export function openScanCache(cacheFile: string | undefined, options: ScanOptions, version?: string): ScanCache {
  let scannerId = version;
  if (cacheFile && scannerId === undefined) {
    try {
      scannerId = scannerVersion();
    } catch {
      scannerId = undefined;
    }
  }
  const enabled = cacheFile !== undefined && scannerId !== undefined;
  const previous = enabled ? readEntries(cacheFile) : {};
  const used: Record<string, StoredScan> = {};
  let reused = 0;
  return {
    scan(file, data) {
      if (!enabled) return scanFile(file, data, options);
      const key = scanKey(scannerId!, options, file, data);
      const cached = Object.hasOwn(previous, key) ? revive(previous[key]) : undefined;
      if (cached) {
        reused += 1;
        used[key] = previous[key] as StoredScan;
        return cached;
      }
      const scan = scanFile(file, data, options);
      used[key] = store(scan);
      return scan;
    },
    get reused() {
      return reused;
    },
    save() {
      if (!enabled) return;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        // Written beside it, then renamed: a build stopped half-way never leaves half a cache.
        const partial = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify({ format: FORMAT, entries: used }));
        renameSync(partial, cacheFile);
      } catch {
        // A read-only or full disk only costs the next build its speed.
      }
    },
  };
}
