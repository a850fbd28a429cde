#!/usr/bin/env node
// Summarise a V8 CPU profile (node --cpu-prof) by module: where does lsys spend its time?
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/unbundled.mjs validate --cwd DIR --today 2026-12-01 --no-git
//
// (bench/unbundled.mjs runs dist/ without the bundle, so that time is attributed to modules
// rather than to bundle chunks.)
//   node bench/profile.mjs /tmp/prof [--top 15]
//
// Self time is attributed to the npm package (node_modules/<pkg>) or to the file of this
// repository (dist/… ↔ src/…) that the sampled function belongs to; Node's own code is
// "node:internal", and V8's pseudo-frames keep their names ((garbage collector), (program)).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** One profile, or every profile in a directory (node writes one per thread: main, then workers). */
function load(path) {
  if (!statSync(path).isDirectory()) return [{ file: path, profile: JSON.parse(readFileSync(path, 'utf8')) }];
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  if (!files.length) throw new Error(`no .cpuprofile in ${path}`);
  return files.map((f) => ({ file: f, profile: JSON.parse(readFileSync(join(path, f), 'utf8')) }));
}

function moduleOf(frame) {
  const url = frame.url ?? '';
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const rest = path.slice(nm + 14).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (path.startsWith(ROOT + '/')) return path.slice(ROOT.length + 1);
  return path;
}

/** Self time by module and by function over one or more profiles; (idle) is left out. */
export function summarise(profiles) {
  const self = new Map();
  const threads = [];
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let busy = 0;
    let idle = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]);
      const dt = profile.timeDeltas[i] ?? 0;
      if (node.callFrame.functionName === '(idle)') {
        idle += dt;
        continue;
      }
      busy += dt;
      self.set(node, (self.get(node) ?? 0) + dt);
    }
    threads.push({ busy, idle });
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const mods = new Map();
  const fns = new Map();
  for (const [node, us] of self) {
    const m = moduleOf(node.callFrame);
    mods.set(m, (mods.get(m) ?? 0) + us);
    const f = `${node.callFrame.functionName || '(anonymous)'}  ${m}:${node.callFrame.lineNumber + 1}`;
    fns.set(f, (fns.get(f) ?? 0) + us);
  }
  const sort = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { total, threads, modules: sort(mods), functions: sort(fns) };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt === -1 ? 15 : Number(args[topAt + 1]);
  const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
  if (!path) {
    console.error('usage: node bench/profile.mjs PROFILE_OR_DIR [--top 15]');
    process.exit(2);
  }
  const loaded = load(path);
  const s = summarise(loaded.map((l) => l.profile));
  const line = ([name, us]) =>
    `| ${name.replace(ROOT + '/', '')} | ${(us / 1000).toFixed(0)} ms | ${((100 * us) / s.total).toFixed(1)} % |`;
  loaded.forEach((l, i) =>
    console.log(
      `${i === 0 ? 'main  ' : `thread ${i}`} ${l.file}: busy ${(s.threads[i].busy / 1e6).toFixed(2)} s, idle ${(s.threads[i].idle / 1e6).toFixed(2)} s`,
    ),
  );
  console.log(`Busy time, all threads: ${(s.total / 1e6).toFixed(2)} s (shares below are of this; idle left out)\n`);
  console.log('| module (self time) | ms | share |\n| --- | ---: | ---: |');
  s.modules.slice(0, top).forEach((e) => console.log(line(e)));
  console.log('\n| function (self time) | ms | share |\n| --- | ---: | ---: |');
  s.functions.slice(0, top).forEach((e) => console.log(line(e)));
}
