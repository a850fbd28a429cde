/**
 * Human-readable output after ESLint's stylish: the file path as a heading, one aligned row
 * per finding (`  7:1  fel      Revisionsdatum 2025-03-01 har passerat  review/overdue`),
 * the hint on the next line, and a summary. ANSI colour only when `ctx.color`.
 */
import { showControls } from '../core/invisible.js';
import type { Diagnostic } from '../core/types.js';
import type { Formatter } from './context.js';
import { severityWord, summaryLine } from './text.js';

type Paint = (s: string) => string;
const ansi =
  (open: number, close: number): Paint =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`;
const plain: Paint = (s) => s;

/** Width as a terminal shows it, close enough for Swedish text: code points, not UTF-16 units. */
function width(s: string): number {
  return [...s].length;
}

/**
 * Text from a document, safe to print on one line: control characters (ESC, BEL, C1, and line
 * breaks, from a file name or a value a message names) shown as ⟨U+001B⟩, tabs as spaces (a
 * tab would break alignment).
 */
function clean(s: string): string {
  return showControls(s.replace(/\t/g, ' '));
}

/** A file name or rule id: one line, whatever it holds (a newline in a file name would break the table). */
function oneLine(s: string): string {
  return showControls(s);
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

// A loop rather than Math.max(...xs): a file with tens of thousands of findings must not overflow the stack.
function maxOf<T>(xs: T[], f: (x: T) => number): number {
  let max = 0;
  for (const x of xs) max = Math.max(max, f(x));
  return max;
}

function groupByFile(diagnostics: Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

const MAX_ALIGN = 72;

export const stylish: Formatter = (result, ctx) => {
  const c = ctx.color;
  const red = c ? ansi(31, 39) : plain;
  const yellow = c ? ansi(33, 39) : plain;
  const green = c ? ansi(32, 39) : plain;
  const dim = c ? ansi(2, 22) : plain;
  const bold = c ? ansi(1, 22) : plain;
  const underline = c ? ansi(4, 24) : plain;

  // Severity words are padded to the longer of the two, so every file's table lines up alike.
  const sevWidth = Math.max(width(severityWord('error', ctx.lang)), width(severityWord('warning', ctx.lang)));
  const out: string[] = [];

  for (const [file, diags] of groupByFile(result.diagnostics)) {
    const lineWidth = maxOf(diags, (d) => String(d.line).length);
    const colWidth = maxOf(diags, (d) => String(d.column).length);
    const firstLines = diags.map((d) => clean(d.message).split(/\r\n?|\n/));
    // Align rule ids, but not past MAX_ALIGN: one long message must not push every id off screen.
    const msgWidth = Math.min(
      MAX_ALIGN,
      maxOf(firstLines, (lines) => width(lines[0]!)),
    );
    // Column where the message starts: 2 + position + 2 + severity + 2.
    const msgIndent = ' '.repeat(2 + lineWidth + 1 + colWidth + 2 + sevWidth + 2);

    out.push(underline(oneLine(file)));
    diags.forEach((d, i) => {
      const [first = '', ...rest] = firstLines[i]!; // one entry per diagnostic
      const pos = `${String(d.line).padStart(lineWidth)}:${String(d.column).padEnd(colWidth)}`;
      const sevText = padEnd(severityWord(d.severity, ctx.lang), sevWidth);
      const sev = d.severity === 'error' ? red(sevText) : yellow(sevText);
      out.push(`  ${dim(pos)}  ${sev}  ${padEnd(first, msgWidth)}  ${dim(oneLine(d.rule))}`);
      for (const line of rest) out.push(msgIndent + line);
      if (d.hint !== undefined && d.hint !== '') {
        const [hintFirst, ...hintRest] = clean(d.hint).split(/\r\n?|\n/);
        out.push(`    ${dim('→')} ${hintFirst}`);
        for (const line of hintRest) out.push(`      ${line}`);
      }
    });
    out.push('');
  }

  const summary = summaryLine(result, ctx.lang);
  if (result.errors > 0) out.push(bold(red(summary)));
  else if (result.warnings > 0) out.push(bold(yellow(summary)));
  else out.push(green(summary));
  return out.join('\n') + '\n';
};
