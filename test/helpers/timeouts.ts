/**
 * Real builds take minutes, and several times longer on a busy machine.
 * `DESIGN_DOCS_TEST_TIMEOUT_SCALE=3` gives every test and hook three times
 * its usual time; the default suits a quiet 2-core machine.
 */
export function scaledTimeout(ms: number): number {
  const scale = Number(process.env.DESIGN_DOCS_TEST_TIMEOUT_SCALE ?? '1');
  return Number.isFinite(scale) && scale > 0 ? Math.round(ms * scale) : ms;
}
