// Runs a command and reports its wall time and the peak resident memory of
// its whole process tree (Docusaurus and Rspack use workers and threads, so
// the parent's own RSS alone would undercount).
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';

function children(pid) {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return tasks ? tasks.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

function rssBytes(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(root) {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rssBytes(pid);
    stack.push(...children(pid));
  }
  return total;
}

/** `{code, ms, peakRss, output}` of one run of `command args` in `cwd`. */
export function measureProcess(command, args, {cwd, env = {}}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {cwd, env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env}});
    let output = '';
    let peakRss = 0;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setInterval(() => {
      peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({code, ms: Number(process.hrtime.bigint() - start) / 1e6, peakRss, output});
    });
  });
}
