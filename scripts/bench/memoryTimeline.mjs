// Where a build's memory goes: runs `docusaurus build <site>` cold and
// prints, every 10 s, the peak resident set of its process tree in that
// interval beside the last line the build printed (with
// DOCUSAURUS_PERF_LOGGER, the phase). Not part of `npm run bench`; for
// finding which phase a peak belongs to.
//   node scripts/bench/memoryTimeline.mjs .bench/with /tmp/with-build
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const [site, outDir] = process.argv.slice(2);
if (!site || !outDir) {
  console.error('usage: node scripts/bench/memoryTimeline.mjs <site dir> <out dir>');
  process.exit(2);
}
const docusaurus = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
const children = (pid) => {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return text ? text.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
};
const residentMiB = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return 0;
  }
};
const build = spawn(process.execPath, [docusaurus, 'build', site, '--out-dir', outDir], {
  env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', DOCUSAURUS_PERF_LOGGER: 'true'},
});
let lastLine = '';
build.stdout.on('data', (data) => (lastLine = String(data).trim().split('\n').pop().slice(0, 100)));
build.stderr.on('data', () => {});
const start = Date.now();
let intervalPeak = 0;
let overallPeak = 0;
// The build's own process apart from its workers (the minifiers run in child processes).
let intervalMainPeak = 0;
let samples = 0;
const timer = setInterval(() => {
  const pending = [build.pid];
  let total = 0;
  while (pending.length > 0) {
    const pid = pending.pop();
    total += residentMiB(pid);
    pending.push(...children(pid));
  }
  intervalPeak = Math.max(intervalPeak, total);
  intervalMainPeak = Math.max(intervalMainPeak, residentMiB(build.pid));
  overallPeak = Math.max(overallPeak, total);
  if (++samples % 50 === 0) {
    console.log(`${((Date.now() - start) / 1000).toFixed(0)} s  ${intervalPeak.toFixed(0)} MiB (main ${intervalMainPeak.toFixed(0)})  | ${lastLine}`);
    intervalPeak = 0;
    intervalMainPeak = 0;
  }
}, 200);
build.on('close', (code) => {
  clearInterval(timer);
  console.log(`exit ${code} after ${((Date.now() - start) / 1000).toFixed(0)} s, peak ${overallPeak.toFixed(0)} MiB`);
});
