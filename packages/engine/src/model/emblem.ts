/** The organisation's emblem (site.yaml `emblem`), read from the content folder for /emblem/<file>. */
import { readFileSync } from 'node:fs';
import { emblemPath, loadSiteConfig } from '../files/loadSiteConfig.ts';

/** The emblem's file name, if site.yaml names one. */
export function emblemFile(): string | undefined {
  return loadSiteConfig().emblem;
}

export function readEmblem(file: string): Buffer {
  return readFileSync(emblemPath(file));
}
