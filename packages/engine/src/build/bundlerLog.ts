/**
 * The bundler's log, minus what nobody should act on. Astro's MDX compiler
 * marks each compiled file with the module directive "use astro:head-inject"
 * (head propagation: Astro reads it while transforming the module, before
 * bundling); Rolldown then warns, once per MDX file, that bundling may not
 * keep the directive — about 410 lines per build that bury what a person
 * must read. Only that exact warning is dropped; every other log passes.
 */
interface BundlerLog {
  code?: string | undefined;
  message: string;
}

export function isAstroDirectiveNoise(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** For vite.build.rolldownOptions.onLog: drop the noise, hand everything else on. */
export function quietBundlerLog<Level extends string, Log extends BundlerLog>(
  level: Level,
  log: Log,
  handler: (level: Level, log: Log) => void,
): void {
  if (isAstroDirectiveNoise(log)) return;
  handler(level, log);
}
