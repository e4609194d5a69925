/**
 * A build step's refusal: the message (bilingual, naming file and fix) is
 * the whole story, so Astro prints it without a stack trace, which would
 * only confuse the communications staff who read it.
 */
export function buildStop(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
