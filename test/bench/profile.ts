/**
 * Summarise a V8 CPU profile (`node --cpu-prof`): self time by function and by source
 * file, to see which phase or extractor is hot. Usage: profile.mjs FILE.cpuprofile [N].
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function selfTimes(profile: CpuProfile): { byFunction: Map<string, number>; byFile: Map<string, number>; total: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    const file = url.replace(/^.*\/(src|node_modules)\//, '$1/') || '(native)';
    const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    total += us;
  });
  return { byFunction, byFile, total };
}

function top(map: Map<string, number>, total: number, n: number): string {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([name, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${name}`).join('\n');
}

const [file, count] = process.argv.slice(2);
if (file) {
  const { byFunction, byFile, total } = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  process.stdout.write(`self time by function\n${top(byFunction, total, Number(count ?? 25))}\n\nself time by file\n${top(byFile, total, 15)}\n`);
}
