/**
 * A build step's refusal, from inside an integration hook: the message
 * (bilingual, naming file and fix) is the whole story. It is printed as it
 * is, and the build exits 1 at once: no stack trace, no later build step,
 * and not Astro's "An unhandled error occurred while running the … hook"
 * line, which a thrown error gets printed before it and which would only
 * confuse the communications staff who read it.
 */
export interface StopOutput {
  write: (text: string) => unknown;
  exit: (code: number) => never;
}

const processOutput: StopOutput = {
  write: (text) => process.stderr.write(text),
  exit: (code) => process.exit(code),
};

export function stopBuild(message: string, output: StopOutput = processOutput): never {
  output.write(`${message.replace(/\n*$/u, '')}\n`);
  return output.exit(1);
}
