import { readFileSync, readdirSync } from 'node:fs';

/** CPU ms (user + system) a process has used, from /proc (100 jiffies per second on Linux). */
export function procCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** HotSpot's JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…") as /proc names them. */
const COMPILER_THREAD = /^C[12] CompilerThre/;

/**
 * CPU ms a JVM's JIT compiler threads have used so far (summed over /proc/<pid>/task). A freshly
 * started Neo4j keeps compiling for a minute or more under load, and that CPU is spent per second,
 * not per query: measured while it lasts, a query's cost depends on how fast it is sent.
 */
export function jitCpuMs(pid: number): number {
  let total = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    if (!COMPILER_THREAD.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return total;
}
