// Runs a command and watches its memory: the peak RSS of the process itself (VmHWM) and the peak
// of the whole process tree (the command plus every browser process it starts), summed as PSS so
// memory shared between Chromium's processes counts once.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Runs `command args` to the end; resolves with its wall seconds, its CPU seconds (user + system of
 * the command and every process it waited for, as /usr/bin/time counts them) and, when
 * `watchMemory`, peak memory in MiB. Commands must run one at a time for the CPU to be theirs.
 */
export function runMeasured(command, args, { env = process.env, cwd, watchMemory = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const peak = { selfMiB: 0, treeMiB: 0 };
    const sample = () => {
      peak.selfMiB = Math.max(peak.selfMiB, statusKiB(child.pid, 'VmHWM') / 1024);
      peak.treeMiB = Math.max(peak.treeMiB, treeOf(child.pid).reduce((sum, pid) => sum + pssKiB(pid), 0) / 1024);
    };
    const timer = watchMemory ? setInterval(sample, 100) : null;
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = childrenCpuSeconds() - cpuBefore;
      if (timer) clearInterval(timer);
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr}`));
      resolve({ seconds, cpuSeconds, ...peak });
    });
  });
}

/**
 * CPU seconds (user + system) the process `pid` and its descendants have used so far, children they
 * waited for included: read before and after some work, the difference is that work's CPU, which a
 * busy machine does not inflate as it does the wall time.
 */
export function treeCpuSeconds(pid) {
  let ticks = 0;
  for (const each of treeOf(pid)) {
    try {
      const stat = readFileSync(`/proc/${each}/stat`, 'utf8');
      // After the name: state ppid … utime(14) stime(15) cutime(16) cstime(17), counted from the name's ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks / CLOCK_TICKS;
}

/** CPU seconds of this process' children that have ended and been waited for (cutime + cstime). */
function childrenCpuSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

/** Linux's clock ticks per second in /proc (USER_HZ), 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100;

function statusKiB(pid, field) {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function pssKiB(pid) {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** `root` and all its descendants, from each process' parent in /proc/<pid>/stat. */
function treeOf(root) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}
