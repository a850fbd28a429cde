#!/usr/bin/env node
// The lsys benchmark (issue 4): `npm run bench` → node bench/run.mjs [--n 1000,10000] [--runs 3]
//   [--node24 PATH] [--startup-only]
//
// For each N it generates a corpus with bench/generate.mjs into bench/.work/ (reused while the
// generator's source is unchanged), makes it a git repository with one commit (so the git
// rule runs), and times, as the median of --runs runs:
//   (a) `lsys validate` cold (with --no-cache when lsys has it),
//   (b) warm: again with the cache present (n/a while lsys has no cache option),
//   (c) one file changed: a sentence appended to one routine, then reverted,
//   (d) `lsys report --year 2026`,
//   (e) `markdownlint-cli2 "**/*.md"` on the same tree, default rules (skipped when the
//       devDependency is not installed),
//   (g) the `site` scenario (issue 10): `lsys site` cold (--no-cache, no previous site), a
//       rebuild after one routine changed (cache and previous site present), and Eleventy 3
//       (`@11ty/eleventy`, plain Markdown to HTML, no layout) on the same files; --no-site
//       skips it, --site-only runs only it (no validate runs, no start-up),
//   (h) the `diff` scenario (issue 12): a branch `lsys-bench-diff` in the corpus with one
//       routine changed in one commit, `lsys diff --base main` timed against a warm `lsys
//       validate` (target: at most 2×); the corpus is put back on main and the branch deleted
//       afterwards. --diff-only runs only it (warm validate and diff),
//   (f) start-up: `lsys validate` on a 20-document repository, without and with the cache,
//       beside `node -e 0` (how fast the machine starts Node at all); on the Node running the
//       bench and on Node 24 (issue 9) with the module compile cache that bin/lsys.js turns on
//       and with it turned off. Node 24 is --node24 PATH, else the binary .ci/node24 installs
//       (node_modules/.cache/node24/); without one only the first Node is measured.
//       --startup-only measures (f) alone.
// Wall time, CPU time (user + sys of the child and what it waited for) and peak RSS come from
// /usr/bin/time; without it only wall time is shown. The table goes to stdout and to
// bench/results.md. Benchmarks are never part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MARKER, TODAY, generatorVersion } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const WORK = join(HERE, '.work');
let LSYS = join(ROOT, 'bin', 'lsys.js'); // --lsys: another build, e.g. a frozen copy while dist/ is being rebuilt
const MDL2 = join(ROOT, 'node_modules', '.bin', 'markdownlint-cli2');
const ELEVENTY = join(ROOT, 'node_modules', '.bin', 'eleventy');
const TIME = '/usr/bin/time';
const SEED = 1;
const STARTUP_N = 20;
const ARCH = { x64: 'x64', arm64: 'arm64' }[process.arch] ?? process.arch;
const NODE24_PREFIX = join(ROOT, 'node_modules', '.cache', 'node24'); // where .ci/node24 installs it
const NODE24_DEFAULT = join(NODE24_PREFIX, 'node_modules', `node-linux-${ARCH}`, 'bin', 'node');
const YEAR = '2026';

// Targets of issue 4, for N = 10 000 on a 2-core machine.
const TARGET = { cold: 0.25, warm: 0.05, one: 0.1, report: 2, peakMiB: 600, startup: 0.3, linear: 1.2 };
// Targets of issue 10 (lsys site against Eleventy on the same files).
const SITE_TARGET = { cold: 1.0, rebuild: 0.2, peakMiB: 1024 };
// What issue 4 measured for markdownlint-cli2 on 10 000 documents (2 cores): a reference only,
// shown (and labelled so) when markdownlint-cli2 is not installed here.
const ISSUE_MDL2_10K = [29.6, 31.9];

function parseArgs(argv) {
  const o = {
    ns: [1000, 10000],
    runs: 3,
    output: join(HERE, 'results.md'),
    node24: null,
    startupOnly: false,
    site: true,
    siteOnly: false,
    diffOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--n')
      o.ns = v()
        .split(',')
        .map((s) => Number(s.trim().replace(/_/g, '')));
    else if (a === '--runs') o.runs = Number(v());
    else if (a === '--output') o.output = resolve(v());
    else if (a === '--lsys') LSYS = resolve(v());
    else if (a === '--node24') o.node24 = resolve(v());
    else if (a === '--startup-only') o.startupOnly = true;
    else if (a === '--no-site') o.site = false;
    else if (a === '--site-only') o.siteOnly = true;
    else if (a === '--diff-only') o.diffOnly = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  if (o.ns.some((n) => !Number.isInteger(n) || n < 20 || n > 99999)) usage('--n takes integers from 20 to 99999, e.g. --n 1000,10000');
  if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs takes a positive integer');
  o.ns = [...new Set(o.ns)].sort((a, b) => a - b);
  return o;
}
function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  console.error(
    'usage: node bench/run.mjs [--n 1000,10000] [--runs 3] [--output bench/results.md] [--lsys path/to/bin/lsys.js] [--node24 path/to/node] [--startup-only] [--no-site | --site-only | --diff-only]',
  );
  process.exit(msg ? 2 : 0);
}

// ---------------------------------------------------------------------------------------
// Running and timing a child

const hasTime = existsSync(TIME);
const tmp = mkdtempSync(join(os.tmpdir(), 'lsys-bench-'));
const timeFile = join(tmp, 'time.txt');
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** Run a command to completion: wall seconds, CPU seconds, peak RSS in MiB, exit code, output head. */
function measure(cmd, args, cwd, env) {
  return new Promise((resolvePromise, reject) => {
    const argv = hasTime ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { cwd, env: env ? { ...process.env, ...env } : process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (chunk) => {
      if (out.length < 4000) out += chunk.toString('utf8');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      let cpu = null;
      let rss = null;
      if (hasTime) {
        // GNU time writes "Command exited with non-zero status N" first when the child fails.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop().trim().split(/\s+/).map(Number);
        if (last.length === 4 && last.every((x) => Number.isFinite(x))) {
          cpu = last[1] + last[2];
          rss = last[3] / 1024;
        }
      }
      resolvePromise({ wall, cpu, rss, code, out });
    });
  });
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Time `runs` runs; `before(i)` and `after(i)` run untimed around each. */
/**
 * Remove a build's output before the next timed build, and let the disk settle: the deletion
 * of 10,000 files is written out (sync) and given a moment, so that the next build does not pay
 * for the previous one's clean-up (on this machine's disk that alone moved a run by seconds).
 */
async function clearOutput(dir) {
  rmSync(dir, { recursive: true, force: true });
  spawnSync('sync');
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

/** Single-run series taken together: the median wall and CPU time, the highest memory. */
function combined(list) {
  return {
    wall: median(list.map((r) => r.wall)),
    cpu: median(list.map((r) => r.cpu)),
    rss: Math.max(...list.map((r) => r.rss ?? 0)) || null,
    runs: list.length,
  };
}

async function series(label, runs, make, { before, after, expectZero = true } = {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    if (before) await before(i);
    let r;
    try {
      const [cmd, args, cwd] = make(i);
      r = await measure(cmd, args, cwd);
    } finally {
      if (after) await after(i);
    }
    if (expectZero && r.code !== 0) {
      console.error(`\nbench: ${label} exited with ${r.code}:\n${r.out.slice(0, 2000)}`);
      throw new Error(`${label} failed`);
    }
    results.push(r);
    process.stdout.write(` ${fmtS(r.wall)}`);
  }
  return {
    wall: median(results.map((r) => r.wall)),
    cpu: median(results.map((r) => r.cpu)),
    rss: Math.max(...results.map((r) => r.rss ?? 0)) || null,
    runs,
  };
}

// ---------------------------------------------------------------------------------------
// Corpora

function git(cwd, args, env = {}) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** A commit as the bench's own author, unsigned whatever the machine's git config says. */
function commit(cwd, args, env = {}) {
  return git(
    cwd,
    ['-c', 'user.name=lsys bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', ...args],
    env,
  );
}

const MDL2_CONFIG = `// markdownlint-cli2 for the lsys benchmark: every default rule on.
{
  "config": { "default": true },
  "ignores": ["node_modules/**"]
}
`;

/** Generate (or reuse) the corpus of N documents, committed once in its own git repository. */
function corpus(n) {
  const dir = join(WORK, `n${n}`);
  const version = generatorVersion();
  let marker;
  try {
    marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
  } catch {
    marker = undefined;
  }
  const fresh = !(marker && marker.generator === version && marker.n === n && marker.seed === SEED && existsSync(join(dir, '.git')));
  if (fresh) {
    if (existsSync(dir) && readdirSync(dir).length && !marker) rmSync(dir, { recursive: true, force: true }); // only ever our own .work/
    console.log(`generating N=${n} into ${dir}`);
    const r = spawnSync(process.execPath, [join(HERE, 'generate.mjs'), '--out', dir, '--n', String(n), '--seed', String(SEED)], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`generate.mjs failed for N=${n}`);
    writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), MDL2_CONFIG);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    git(dir, ['-c', 'init.defaultBranch=main', 'init', '-q']);
    git(dir, ['add', '-A']);
    const when = '2026-11-30T08:00:00+01:00'; // before --today; the adding commit never counts
    commit(dir, ['-m', `Genererat ledningssystem, ${n} dokument`], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  } else {
    // A run that was interrupted may have left the changed routine behind.
    git(dir, ['checkout', '-q', '--', '.']);
  }
  const bytes = Number(marker?.bytes ?? JSON.parse(readFileSync(join(dir, MARKER), 'utf8')).bytes);
  return { n, dir, bytes, reused: !fresh };
}

/** The routine whose body the one-file-changed run extends: the first one of the first unit. */
function someRoutine(dir) {
  const units = join(dir, 'ledningssystem', 'enheter');
  const first = readdirSync(units).sort()[0];
  const folder = join(units, first, 'rutiner');
  const file = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()[0];
  return join(folder, file);
}

// ---------------------------------------------------------------------------------------

function fmtS(s) {
  if (s === null || s === undefined) return 'n/a';
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}
const fmtX = (x) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : `${x < 0.1 ? x.toFixed(3) : x.toFixed(2)}×`);
const fmtMiB = (m) => (m === null || m === undefined ? 'n/a' : `${Math.round(m)}`);
const mark = (ok) => (ok === null ? '–' : ok ? '✔' : '✖');

/** The newest modification time under dist/: a rebuild during the run would mix two builds. */
function distStamp() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  try {
    walk(join(dirname(LSYS), '..', 'dist'));
  } catch {
    return 0;
  }
  return newest;
}

function helpOf(cmd) {
  const r = spawnSync(process.execPath, [LSYS, cmd, '--help', '--lang', 'en'], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const v = spawnSync(process.execPath, [LSYS, '--version'], { encoding: 'utf8' });
  if (v.status !== 0) {
    console.error(`bench: ${LSYS} does not run (${(v.stderr || '').trim().split('\n')[0]}); build first: npm run build`);
    process.exit(2);
  }
  const lsysVersion = v.stdout.trim();
  const builtAt = distStamp();
  const vhelp = helpOf('validate');
  const rhelp = helpOf('report');
  const opt = {
    noCache: /--no-cache\b/.test(vhelp),
    cacheLocation: /--cache-location\b/.test(vhelp),
    reportCacheLocation: /--cache-location\b/.test(rhelp),
  };
  opt.cache = opt.noCache || opt.cacheLocation;
  const mdl2 = existsSync(MDL2);
  const mdl2Version = mdl2
    ? JSON.parse(readFileSync(join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json'), 'utf8')).version
    : null;
  if (!hasTime) console.log(`note: ${TIME} is missing (apt-get install -y time); CPU time and peak memory are not measured`);
  if (!mdl2) console.log('note: markdownlint-cli2 is not installed (devDependency); its runs and the ratios are skipped');
  if (!opt.cache) console.log('note: lsys validate has no cache option (--no-cache / --cache-location); cold runs plain, warm is n/a');

  const restore = new Map();
  const restoreAll = () => {
    for (const [file, text] of restore) writeFileSync(file, text);
    restore.clear();
  };
  process.on('SIGINT', () => {
    restoreAll();
    process.exit(130);
  });

  const rows = [];
  const siteRows = [];
  if (o.siteOnly) {
    for (const n of o.ns) siteRows.push(await siteScenario(corpus(n), o.runs, restore, restoreAll));
    const md = siteTable(siteRows, { o, lsysVersion });
    console.log(`\n${md}`);
    writeFileSync(o.output, md);
    console.log(`\n(written to ${o.output})`);
    return;
  }
  if (o.diffOnly) {
    const diffRows = [];
    for (const n of o.ns) diffRows.push(await diffScenario(corpus(n), o.runs, null));
    const md = diffTable(diffRows, { o, lsysVersion });
    console.log(`\n${md}`);
    writeFileSync(o.output, md);
    console.log(`\n(written to ${o.output})`);
    return;
  }
  const diffRows = [];
  const startupCorpus = corpus(STARTUP_N);
  for (const n of o.startupOnly ? [] : o.ns) {
    const c = corpus(n);
    const cacheDir = join(WORK, `cache-n${n}`);
    const base = ['validate', '--cwd', c.dir, '--today', TODAY];
    // Every run keeps its cache in bench/.work/ (never in ~/.cache); cold runs also bypass it.
    const cacheArgs = opt.cacheLocation ? ['--cache-location', cacheDir] : [];
    const coldArgs = opt.noCache ? ['--no-cache', ...cacheArgs] : cacheArgs;
    const clearCache = () => {
      for (const f of [cacheDir, `${cacheDir}.git`]) rmSync(f, { recursive: true, force: true });
      rmSync(join(c.dir, 'node_modules', '.cache', 'lsys'), { recursive: true, force: true });
    };
    const node = process.execPath;
    console.log(`\nN=${n} (${(c.bytes / 1048576).toFixed(1)} MiB${c.reused ? ', reused' : ''}), ${o.runs} run(s) each`);

    // Untimed: fills the OS file cache and checks that the corpus still gives zero findings.
    const check = await measure(node, [LSYS, ...base, ...coldArgs], c.dir);
    if (check.code !== 0)
      console.log(
        `WARNING: lsys validate finds problems in the generated corpus (exit ${check.code}); timings still follow:\n${check.out.slice(0, 1500)}`,
      );
    const r = { n, bytes: c.bytes };

    process.stdout.write('  validate cold:');
    r.cold = await series('validate cold', o.runs, () => [node, [LSYS, ...base, ...coldArgs], c.dir], {
      before: () => (opt.noCache ? undefined : clearCache()),
      expectZero: check.code === 0,
    });
    process.stdout.write('\n  validate warm:');
    if (opt.cache) {
      await measure(node, [LSYS, ...base, ...cacheArgs], c.dir); // fill the cache
      r.warm = await series('validate warm', o.runs, () => [node, [LSYS, ...base, ...cacheArgs], c.dir], { expectZero: check.code === 0 });
    } else process.stdout.write(' n/a');
    process.stdout.write('\n  one changed:  ');
    const file = someRoutine(c.dir);
    const original = readFileSync(file, 'utf8');
    const words = ['en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];
    r.one = await series('validate one changed', o.runs, () => [node, [LSYS, ...base, ...cacheArgs], c.dir], {
      before: (i) => {
        restore.set(file, original);
        // A different sentence each run, so a content-addressed cache never has it already.
        writeFileSync(
          file,
          `${original}\nTillägg vid mätning nummer ${words[i % 10]}${i >= 10 ? ` (${i})` : ''}: rutinen gäller även vikarier.\n`,
        );
      },
      after: () => restoreAll(),
      expectZero: check.code === 0,
    });
    process.stdout.write('\n');
    diffRows.push(await diffScenario(c, o.runs, r.warm));
    process.stdout.write('  report:       ');
    const reportFile = join(tmp, `kvalitetsberattelse-${n}.html`);
    const reportArgs = [
      'report',
      '--cwd',
      c.dir,
      '--today',
      TODAY,
      '--year',
      YEAR,
      '--output',
      reportFile,
      '--force',
      ...(opt.reportCacheLocation ? ['--cache-location', cacheDir] : []),
    ];
    r.report = await series('report', o.runs, () => [node, [LSYS, ...reportArgs], c.dir]);
    rmSync(reportFile, { force: true });
    process.stdout.write('\n  markdownlint-cli2:');
    if (mdl2) {
      // Exit code 1 (lint problems found) is expected: only the time counts.
      r.mdl2 = await series('markdownlint-cli2', o.runs, () => [MDL2, ['**/*.md'], c.dir], { expectZero: false });
    } else process.stdout.write(' skipped (not installed)');
    process.stdout.write('\n');
    rows.push(r);
    if (o.site) siteRows.push(await siteScenario(c, o.runs, restore, restoreAll));
  }

  // Start-up on a small repository: the first run in a fresh CI checkout (no cache), a run
  // with the cache present, and Node itself doing nothing, as a measure of the machine. On
  // the Node running the bench and on Node 24, there with the module compile cache (as
  // bin/lsys.js turns it on: <TMPDIR>/node-compile-cache, here a folder of the bench's own,
  // filled by the first runs) and with it off.
  const node24 = o.node24 ?? (existsSync(NODE24_DEFAULT) ? NODE24_DEFAULT : null);
  const nodes = [{ key: 'main', node: process.execPath, label: `Node ${process.versions.node}` }];
  if (node24) {
    const v = spawnSync(node24, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (v.status !== 0 || !v.stdout.startsWith('24.'))
      throw new Error(`--node24 ${node24} is not Node 24 (${(v.stdout || v.stderr).trim()})`);
    const version = v.stdout.trim();
    if (node24 !== process.execPath) nodes.push({ key: 'n24', node: node24, label: `Node ${version}` });
    nodes.push({ key: 'n24nocc', node: node24, label: `Node ${version}, compile cache off`, env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
  } else
    console.log(
      `\nnote: no Node 24 (--node24 PATH, or .ci/node24 installs one into ${NODE24_PREFIX}); start-up is measured on ${process.version} only`,
    );
  const ccTmp = join(tmp, 'tmpdir');
  mkdirSync(ccTmp);
  const startupRuns = Math.max(11, o.runs);
  const startupCache = join(WORK, `cache-n${STARTUP_N}`);
  const startupBase = [LSYS, 'validate', '--cwd', startupCorpus.dir, '--today', TODAY];
  const kinds = [];
  for (const n of nodes) {
    const env = { TMPDIR: ccTmp, ...n.env };
    kinds.push([`${n.key}.cold`, n.node, [...startupBase, ...(opt.noCache ? ['--no-cache'] : [])], env]);
    if (opt.cacheLocation) kinds.push([`${n.key}.warm`, n.node, [...startupBase, '--cache-location', startupCache], env]);
    if (!n.env) kinds.push([`${n.key}.bare`, n.node, ['-e', '0'], env]);
  }
  if (opt.cacheLocation) {
    for (const f of [startupCache, `${startupCache}.git`]) rmSync(f, { recursive: true, force: true });
    await measure(process.execPath, [...startupBase, '--cache-location', startupCache], startupCorpus.dir); // fill the cache
  }
  for (const [, node, args, env] of kinds) await measure(node, args, startupCorpus.dir, env); // fill the compile caches
  // Interleaved, so that a slow moment of the machine falls on all alike.
  process.stdout.write(`\nstart-up (${STARTUP_N} documents; ${kinds.map(([k]) => k).join(' / ')}):`);
  const runsOf = Object.fromEntries(kinds.map(([k]) => [k, []]));
  for (let i = 0; i < startupRuns; i++) {
    for (const [k, node, args, env] of kinds) {
      const r = await measure(node, args, startupCorpus.dir, env);
      if (!k.endsWith('.bare') && r.code !== 0) throw new Error(`start-up run ${k} failed (exit ${r.code}): ${r.out.slice(0, 500)}`);
      runsOf[k].push(r);
    }
    process.stdout.write(`\n  ${kinds.map(([k]) => fmtS(runsOf[k][i].wall)).join(' / ')}`);
  }
  const startup = nodes.map((n) => {
    const of = (kind) => {
      const rs = runsOf[`${n.key}.${kind}`];
      if (!rs) return undefined;
      return {
        wall: median(rs.map((r) => r.wall)),
        cpu: median(rs.map((r) => r.cpu)),
        rss: Math.max(...rs.map((r) => r.rss ?? 0)) || null,
        runs: rs.length,
      };
    };
    return { ...n, cold: of('cold'), warm: of('warm'), bare: of('bare') };
  });
  process.stdout.write('\n\n');

  const rebuilt = distStamp() !== builtAt;
  const md =
    table(rows, startup, { o, lsysVersion, mdl2Version, opt, rebuilt }) +
    (diffRows.length ? `\n${diffTable(diffRows, { o, lsysVersion })}` : '') +
    (siteRows.length ? `\n${siteTable(siteRows, { o, lsysVersion })}` : '');
  console.log(md);
  writeFileSync(o.output, md);
  console.log(`\n(written to ${o.output})`);
}

function table(rows, startup, { o, lsysVersion, mdl2Version, opt, rebuilt }) {
  const cpus = os.cpus();
  const lines = [];
  const date = new Date().toISOString().slice(0, 10);
  lines.push(`## lsys benchmark (${date})`, '');
  lines.push(
    `Machine: ${cpus[0]?.model?.trim() ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}.`,
  );
  lines.push(
    `lsys ${lsysVersion}${opt.noCache ? ' (cold = --no-cache)' : ''}; markdownlint-cli2 ${mdl2Version ?? 'not installed'} (default rules); median of ${o.runs} run(s); corpora from \`bench/generate.mjs --seed ${SEED}\`, each a git repository with one commit; \`--today ${TODAY}\`.`,
  );
  lines.push(
    `Command: \`node bench/run.mjs ${o.startupOnly ? '--startup-only' : `--n ${o.ns.join(',')} --runs ${o.runs}`}${LSYS === join(ROOT, 'bin', 'lsys.js') ? '' : ` --lsys ${LSYS}`}${o.node24 ? ` --node24 ${o.node24}` : ''}\``,
    '',
  );
  if (rebuilt) lines.push('**Warning: dist/ changed during this run (a rebuild); the numbers mix two builds. Run again.**', '');
  const startupLine = (n) => `| ${n.label} | ${fmtS(n.cold.wall)} | ${fmtS(n.warm?.wall)} | ${n.bare ? fmtS(n.bare.wall) : ''} |`;
  lines.push(
    `Start-up on ${STARTUP_N} documents (median of ${startup[0].cold.runs} interleaved runs; on Node 22.8+ with the module compile cache that bin/lsys.js turns on, unless said otherwise):`,
    '',
  );
  lines.push(
    '| Node | lsys validate, no cache | cache present | `node -e 0` |',
    '| --- | ---: | ---: | ---: |',
    ...startup.map(startupLine),
  );
  if (rows.length)
    lines.push(
      '',
      '| N | MiB | lsys cold | warm | one changed | report | markdownlint-cli2 | cold ÷ mdl2 | warm ÷ mdl2 | one ÷ mdl2 | report ÷ cold | peak MiB |',
    );
  if (rows.length) lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const m = r.mdl2?.wall ?? null;
    const ratio = (x) => (m && x !== undefined && x !== null ? x / m : null);
    const peak = Math.max(...[r.cold, r.warm, r.one, r.report].filter(Boolean).map((x) => x.rss ?? 0)) || null;
    r.peak = peak;
    lines.push(
      `| ${r.n.toLocaleString('sv-SE')} | ${(r.bytes / 1048576).toFixed(1)} | ${fmtS(r.cold.wall)} | ${fmtS(r.warm?.wall)} | ${fmtS(r.one.wall)} | ${fmtS(r.report.wall)} | ${fmtS(m)} | ${fmtX(ratio(r.cold.wall))} | ${fmtX(ratio(r.warm?.wall))} | ${fmtX(ratio(r.one.wall))} | ${fmtX(r.report.wall / r.cold.wall)} | ${fmtMiB(peak)} |`,
    );
  }
  lines.push('', 'Wall time, CPU time (user + sys, with children) and peak resident memory of each measurement:', '');
  lines.push('| N | measurement | wall | CPU | CPU ÷ wall | peak MiB |', '| ---: | --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    for (const [k, label] of [
      ['cold', 'lsys validate, cold'],
      ['warm', 'lsys validate, warm'],
      ['one', 'lsys validate, one file changed'],
      ['report', 'lsys report'],
      ['mdl2', 'markdownlint-cli2'],
    ]) {
      const x = r[k];
      if (!x) {
        lines.push(`| ${r.n.toLocaleString('sv-SE')} | ${label} | n/a | | | |`);
        continue;
      }
      lines.push(
        `| ${r.n.toLocaleString('sv-SE')} | ${label} | ${fmtS(x.wall)} | ${fmtS(x.cpu)} | ${x.cpu ? (x.cpu / x.wall).toFixed(2) : 'n/a'} | ${fmtMiB(x.rss)} |`,
      );
    }
  }
  for (const n of startup) {
    for (const [k, label] of [
      ['cold', 'lsys validate, start-up, no cache'],
      ['warm', 'lsys validate, start-up, cache present'],
      ['bare', '`node -e 0` (the machine: Node alone)'],
    ]) {
      const x = n[k];
      if (x)
        lines.push(
          `| ${k === 'bare' ? '' : STARTUP_N} | ${n.label}: ${label} | ${fmtS(x.wall)} | ${fmtS(x.cpu)} | ${x.cpu ? (x.cpu / x.wall).toFixed(2) : 'n/a'} | ${fmtMiB(x.rss)} |`,
        );
    }
  }

  const check = (ok, text) => lines.push(`- ${mark(ok)} ${text}`);
  const [main, n24] = [startup[0], startup.find((n) => n.key === 'n24')];
  const startupChecks = (n) => {
    if (n.warm)
      check(
        n.warm.wall <= TARGET.startup,
        `${n.label}: start-up (${STARTUP_N} documents), cache present ≤ ${TARGET.startup} s: ${fmtS(n.warm.wall)}`,
      );
    check(
      n.cold.wall <= TARGET.startup,
      `${n.label}: start-up (${STARTUP_N} documents), no cache (a fresh CI checkout) ≤ ${TARGET.startup} s: ${fmtS(n.cold.wall)} (Node alone: ${fmtS(n.bare.wall)})`,
    );
  };
  if (!rows.length) {
    lines.push('', 'Targets of issues 4 and 9 (start-up):', '');
    startupChecks(main);
    if (n24) startupChecks(n24);
    return lines.join('\n') + '\n';
  }
  // Checks against issue 4's targets, at the largest N (the targets are for N = 10 000).
  const big = rows[rows.length - 1];
  const small = rows[0];
  const m = big.mdl2?.wall ?? null;
  const at = big.n === 10000 ? '' : ` (measured at N = ${big.n.toLocaleString('sv-SE')}; the targets are for 10 000)`;
  lines.push('', `Targets of issue 4${at}:`, '');
  check(
    m ? big.cold.wall <= TARGET.cold * m : null,
    `cold validate ≤ ${TARGET.cold} × markdownlint-cli2: ${m ? `${fmtX(big.cold.wall / m)} (${fmtS(big.cold.wall)} vs ${fmtS(m)})` : 'markdownlint-cli2 not measured'}`,
  );
  check(
    m && big.warm ? big.warm.wall <= TARGET.warm * m : null,
    `warm validate ≤ ${TARGET.warm} ×: ${big.warm ? (m ? `${fmtX(big.warm.wall / m)} (${fmtS(big.warm.wall)})` : fmtS(big.warm.wall)) : 'n/a (lsys has no cache yet)'}`,
  );
  check(
    m ? big.one.wall <= TARGET.one * m : null,
    `one changed file ≤ ${TARGET.one} ×: ${m ? `${fmtX(big.one.wall / m)} (${fmtS(big.one.wall)})` : fmtS(big.one.wall)}`,
  );
  check(
    big.report.wall <= TARGET.report * big.cold.wall,
    `report ≤ ${TARGET.report} × cold validate: ${fmtX(big.report.wall / big.cold.wall)} (${fmtS(big.report.wall)} vs ${fmtS(big.cold.wall)})`,
  );
  const peak = Math.max(...rows.map((r) => r.peak ?? 0), ...startup.flatMap((n) => [n.cold.rss ?? 0, n.warm?.rss ?? 0]));
  check(
    hasTime ? peak <= TARGET.peakMiB : null,
    `peak memory ≤ ${TARGET.peakMiB} MiB: ${hasTime ? `${Math.round(peak)} MiB` : 'n/a (no /usr/bin/time)'}`,
  );
  startupChecks(main);
  if (rows.length > 1) {
    const per = (x, n) => x / n;
    const lin = (k) => per(big[k].wall, big.n) / per(small[k].wall, small.n);
    check(
      lin('cold') <= TARGET.linear,
      `linear growth, validate: time a document at ${big.n.toLocaleString('sv-SE')} ÷ at ${small.n.toLocaleString('sv-SE')} = ${lin('cold').toFixed(2)} (${(1000 * per(big.cold.wall, big.n)).toFixed(2)} ms vs ${(1000 * per(small.cold.wall, small.n)).toFixed(2)} ms; ✔ when ≤ ${TARGET.linear})`,
    );
    check(
      lin('report') <= TARGET.linear,
      `linear growth, report: ${lin('report').toFixed(2)} (${(1000 * per(big.report.wall, big.n)).toFixed(2)} ms vs ${(1000 * per(small.report.wall, small.n)).toFixed(2)} ms a document)`,
    );
  } else check(null, 'linear growth: needs two sizes (--n 1000,10000)');
  if (!m && big.n === 10000) {
    const [lo, hi] = ISSUE_MDL2_10K;
    const vs = (x) => `${(x / hi).toFixed(2)}–${(x / lo).toFixed(2)}×`;
    lines.push(
      '',
      `markdownlint-cli2 was not measured here. For reference only, issue 4 measured it at ${lo}–${hi} s for 10 000 documents on a 2-core machine; against that, cold is ${vs(big.cold.wall)} (target ${TARGET.cold}×), ${big.warm ? `warm ${vs(big.warm.wall)} (target ${TARGET.warm}×), ` : ''}one changed ${vs(big.one.wall)} (target ${TARGET.one}×).`,
    );
  }
  if (n24) {
    lines.push('', 'Target of issue 9 (start-up on Node 24):', '');
    startupChecks(n24);
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------
// The diff scenario (issue 12)

const DIFF_TARGET = 2.0; // lsys diff with one changed file ≤ 2 × a warm lsys validate
const DIFF_BRANCH = 'lsys-bench-diff';

/**
 * `lsys diff --base main` on a branch with one changed routine, beside a warm `lsys validate`
 * (measured here unless `warm` is given) with the same cache. The corpus is put back on main
 * and the branch deleted afterwards, whatever happens.
 */
async function diffScenario(c, runs, warm) {
  const node = process.execPath;
  const cacheDir = join(WORK, `cache-n${c.n}`);
  const base = ['--cwd', c.dir, '--today', TODAY, '--cache-location', cacheDir];
  const r = { n: c.n };
  if (!warm) {
    process.stdout.write(`\nN=${c.n}\n  validate warm:`);
    await measure(node, [LSYS, 'validate', ...base], c.dir); // fill the cache
    warm = await series('validate warm', runs, () => [node, [LSYS, 'validate', ...base], c.dir]);
    process.stdout.write('\n');
  }
  r.warm = warm;
  const file = someRoutine(c.dir);
  const restore = () => {
    git(c.dir, ['checkout', '-q', '-f', 'main']);
    if (git(c.dir, ['branch', '--list', DIFF_BRANCH]).trim()) git(c.dir, ['branch', '-q', '-D', DIFF_BRANCH]);
  };
  restore();
  git(c.dir, ['checkout', '-q', '-b', DIFF_BRANCH]);
  try {
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nTillägg på grenen: rutinen gäller även vikarier.\n`);
    commit(c.dir, ['-am', 'En ändrad rutin']);
    process.stdout.write('  diff:         ');
    r.diff = await series('lsys diff', runs, () => [node, [LSYS, 'diff', '--base', 'main', ...base], c.dir]);
    process.stdout.write('\n');
  } finally {
    restore();
  }
  return r;
}

function diffTable(rows, { o, lsysVersion }) {
  const lines = [`### lsys diff (issue 12)`, ''];
  lines.push(
    `lsys ${lsysVersion} \`diff --base main --today ${TODAY}\` on a branch with one changed routine, beside a warm \`validate\` with the same cache; median of ${o.runs} run(s).`,
    '',
  );
  lines.push('| N | validate warm | diff | diff ÷ warm | peak MiB (diff) |', '| ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    lines.push(
      `| ${r.n.toLocaleString('sv-SE')} | ${fmtS(r.warm.wall)} | ${fmtS(r.diff.wall)} | ${fmtX(r.diff.wall / r.warm.wall)} | ${fmtMiB(r.diff.rss)} |`,
    );
  }
  const big = rows[rows.length - 1];
  lines.push(
    '',
    `Target of issue 12${big.n === 10000 ? '' : ` (measured at N = ${big.n.toLocaleString('sv-SE')}; the target is for 10 000)`}:`,
    '',
  );
  lines.push(
    `- ${mark(big.diff.wall <= DIFF_TARGET * big.warm.wall)} lsys diff, one changed file, ≤ ${DIFF_TARGET} × warm validate: ${fmtX(big.diff.wall / big.warm.wall)} (${fmtS(big.diff.wall)} vs ${fmtS(big.warm.wall)})`,
  );
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------
// The site scenario (issue 10)

/**
 * `lsys site` cold and after one changed routine, beside Eleventy on the same files. Every
 * output and cache is in the bench's temp folder, outside the corpus (Eleventy would read a
 * site inside it as input).
 */
async function siteScenario(c, runs, restore, restoreAll) {
  const node = process.execPath;
  const out = join(tmp, `site-n${c.n}`);
  const cache = join(tmp, `site-cache-n${c.n}`, 'lsys.json');
  const elOut = join(tmp, `eleventy-n${c.n}`);
  const base = [LSYS, 'site', '--cwd', c.dir, '--today', TODAY, '--out', out];
  const r = { n: c.n, bytes: c.bytes };
  console.log(`\nsite, N=${c.n}, ${runs} run(s) each`);
  // Untimed: fills the OS file cache for both.
  await measure(node, [...base, '--no-cache'], c.dir);
  const eleventy = existsSync(ELEVENTY);
  if (eleventy) await measure(ELEVENTY, [`--input=${c.dir}`, `--output=${elOut}`, '--formats=md', '--quiet'], c.dir);
  // The cold builds and Eleventy's runs alternate, so that both meet the machine in the same
  // state: a disk that slows down as builds delete and write 100 MB each (seen here: Eleventy
  // run after all of lsys's runs took 8.6 s at first and 10.4 s by the fifth) favours neither.
  const cold = [];
  const eleventyRuns = [];
  process.stdout.write(`  lsys site cold | Eleventy, alternating:`);
  for (let i = 0; i < runs; i++) {
    cold.push(
      await series('lsys site cold', 1, () => [node, [...base, '--no-cache'], c.dir], {
        before: () => clearOutput(out),
      }),
    );
    if (eleventy) {
      process.stdout.write(' |');
      eleventyRuns.push(
        await series('eleventy', 1, () => [ELEVENTY, [`--input=${c.dir}`, `--output=${elOut}`, '--formats=md', '--quiet'], c.dir], {
          before: () => clearOutput(elOut),
        }),
      );
      if (i + 1 < runs) process.stdout.write(',');
    }
  }
  r.cold = combined(cold);
  if (eleventy) r.eleventy = combined(eleventyRuns);
  else process.stdout.write(' (Eleventy skipped: not installed, npm ci)');
  r.pages = readdirSync(join(out, 'dokument')).length;
  process.stdout.write('\n  lsys site rebuild:');
  rmSync(dirname(cache), { recursive: true, force: true });
  await measure(node, [...base, '--cache-location', cache], c.dir); // the cache and the previous site
  const file = someRoutine(c.dir);
  const original = readFileSync(file, 'utf8');
  r.rebuild = await series('lsys site rebuild', runs, () => [node, [...base, '--cache-location', cache], c.dir], {
    before: (i) => {
      restore.set(file, original);
      writeFileSync(file, `${original}\nTillägg vid byggnad nummer ${i + 1}: rutinen gäller även vikarier.\n`);
    },
    after: () => restoreAll(),
  });
  process.stdout.write('\n');
  for (const d of [out, elOut, dirname(cache)]) rmSync(d, { recursive: true, force: true });
  return r;
}

function siteTable(rows, { o, lsysVersion }) {
  const lines = [];
  const eleventyVersion = existsSync(ELEVENTY)
    ? JSON.parse(readFileSync(join(ROOT, 'node_modules', '@11ty', 'eleventy', 'package.json'), 'utf8')).version
    : 'not installed';
  lines.push(`### lsys site beside Eleventy (issue 10)`, '');
  lines.push(
    `lsys ${lsysVersion} \`site --today ${TODAY}\` (cold: --no-cache, no previous site; rebuild: one routine changed, cache and previous site present) and Eleventy ${eleventyVersion} (\`eleventy --formats=md --quiet\`, no layout) on the same corpus; median of ${o.runs} run(s).`,
    '',
  );
  lines.push(
    '| N | pages | lsys site cold | rebuild | Eleventy | cold ÷ Eleventy | rebuild ÷ Eleventy | peak MiB (lsys) | peak MiB (Eleventy) |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const e = r.eleventy?.wall ?? null;
    r.peak = Math.max(r.cold.rss ?? 0, r.rebuild.rss ?? 0) || null;
    lines.push(
      `| ${r.n.toLocaleString('sv-SE')} | ${r.pages} | ${fmtS(r.cold.wall)} | ${fmtS(r.rebuild.wall)} | ${fmtS(e)} | ${fmtX(e ? r.cold.wall / e : null)} | ${fmtX(e ? r.rebuild.wall / e : null)} | ${fmtMiB(r.peak)} | ${fmtMiB(r.eleventy?.rss)} |`,
    );
  }
  const big = rows[rows.length - 1];
  const e = big.eleventy?.wall ?? null;
  const check = (ok, text) => lines.push(`- ${mark(ok)} ${text}`);
  lines.push(
    '',
    `Targets of issue 10${big.n === 10000 ? '' : ` (measured at N = ${big.n.toLocaleString('sv-SE')}; the targets are for 10 000)`}:`,
    '',
  );
  check(
    e ? big.cold.wall <= SITE_TARGET.cold * e : null,
    `cold build, search included, ≤ ${SITE_TARGET.cold} × Eleventy: ${e ? `${fmtX(big.cold.wall / e)} (${fmtS(big.cold.wall)} vs ${fmtS(e)})` : 'Eleventy not measured'}`,
  );
  check(
    e ? big.rebuild.wall <= SITE_TARGET.rebuild * e : null,
    `rebuild after one change ≤ ${SITE_TARGET.rebuild} × Eleventy: ${e ? `${fmtX(big.rebuild.wall / e)} (${fmtS(big.rebuild.wall)})` : fmtS(big.rebuild.wall)}`,
  );
  check(
    hasTime ? big.peak < SITE_TARGET.peakMiB : null,
    `peak memory < 1 GiB: ${hasTime ? `${fmtMiB(big.peak)} MiB` : 'n/a (no /usr/bin/time)'}`,
  );
  return lines.join('\n') + '\n';
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(1);
});
