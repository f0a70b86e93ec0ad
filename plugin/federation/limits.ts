/** The limits a source is read within, as a build log names them. */

const KIB = 1024;
const MIB = 1024 * KIB;

/** `50 MiB`, `512 KiB`, `300 bytes`: the unit a maintainer would set the option in. */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB) {
    return `${Number((bytes / MIB).toFixed(1))} MiB`;
  }
  if (bytes >= KIB) {
    return `${Number((bytes / KIB).toFixed(1))} KiB`;
  }
  return `${bytes} bytes`;
}

/** `10 s`, `0.2 s`: the option is in milliseconds, a wait is felt in seconds. */
export function formatSeconds(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(3))} s`;
}

export function tooLarge(maxBytes: number): string {
  return `larger than ${formatBytes(maxBytes)} (federation.maxBytes)`;
}
