#!/usr/bin/env node
// One long paragraph with many links (issue 8): node bench/long-paragraph.mjs [--links 100000]
// Times lsys's Markdown facts (dist/core/markdown.js, so `npm run build` first) beside a bare
// markdown-it parse of the same text: the two should be close, the position lookup linear.
// 100,000 links make an 8 MB paragraph; before the line index it took about 55 s.
import MarkdownIt from 'markdown-it';
import { extractFacts } from '../dist/core/markdown.js';

const i = process.argv.indexOf('--links');
const n = i === -1 ? 100_000 : Number(process.argv[i + 1]);
const parts = [];
for (let k = 0; k < n; k++)
  parts.push(`text om rutinen, se [länk nummer ${k}](rutiner/RUT-${k % 1000}-namn.md#genomforande) och${k % 4 === 3 ? '\n' : ' '}`);
const text = `# Rubrik\n\n${parts.join('')}`;
const md = new MarkdownIt({ html: true });
console.log(`${(text.length / 1e6).toFixed(1)} MB, ${n} links (median of 3 runs after one warm-up)`);
const time = (f) => {
  const ms = [];
  for (let r = 0; r < 4; r++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  return ms
    .slice(1)
    .sort((a, b) => a - b)[1]
    .toFixed(0);
};
console.log(`markdown-it parse alone: ${time(() => md.parse(text, {}))} ms`);
console.log(`lsys extractFacts:       ${time(() => extractFacts(text, 0))} ms`);
