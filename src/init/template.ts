/**
 * A minimal subset of Handlebars syntax for the `lsys init` starter files
 * (Handlebars itself is not a dependency of the package):
 *
 * - `{{name}}` inserts a variable as it is (no HTML escaping: the output is YAML and Markdown);
 * - `{{#if name}}…{{else}}…{{/if}}` and `{{#unless name}}…{{else}}…{{/unless}}`, nestable;
 *   a variable is true when it is `true` or a non-empty text;
 * - `{{! comment }}` is dropped;
 * - `\{{…}}` is written as `{{…}}` (Handlebars' escape: GitHub's `${{ github.sha }}`).
 *
 * A block tag or comment alone on its line removes the whole line (the Handlebars
 * "standalone" rule), so conditional items in a YAML list leave no blank lines.
 * An unknown variable, an unclosed block or any other `{{…}}` form is an error: the
 * templates ship with the package, so a mistake in one is a bug to be caught by the tests.
 */

export type TemplateVars = Readonly<Record<string, string | boolean>>;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; line: number }
  | { kind: 'block'; helper: 'if' | 'unless'; name: string; line: number; then: Node[]; else: Node[] };

type Tag =
  | { kind: 'var'; name: string }
  | { kind: 'open'; helper: 'if' | 'unless'; name: string }
  | { kind: 'else' }
  | { kind: 'close'; helper: 'if' | 'unless' }
  | { kind: 'comment' };

const TAG_RE = /(\\)?\{\{([\s\S]*?)\}\}/g;
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const VAR_RE = new RegExp(`^\\s*(${NAME})\\s*$`);
const OPEN_RE = new RegExp(`^#(if|unless)\\s+(${NAME})\\s*$`);
const CLOSE_RE = /^\/(if|unless)\s*$/;
const ELSE_RE = /^\s*else\s*$/;

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function classify(inner: string, where: string): Tag {
  if (inner.startsWith('!')) return { kind: 'comment' };
  let m = OPEN_RE.exec(inner);
  if (m) return { kind: 'open', helper: m[1] as 'if' | 'unless', name: m[2]! };
  m = CLOSE_RE.exec(inner);
  if (m) return { kind: 'close', helper: m[1] as 'if' | 'unless' };
  if (ELSE_RE.test(inner)) return { kind: 'else' };
  m = VAR_RE.exec(inner);
  if (m) return { kind: 'var', name: m[1]! };
  throw new TemplateError(`${where}: "{{${inner}}}" is not supported (only {{name}}, {{#if name}}, {{#unless name}}, {{else}}, {{/if}}, {{/unless}}, {{! comment}})`);
}

/** Parse a template into a tree; `name` is used in error messages. */
function parseTemplate(source: string, name = 'template'): Node[] {
  const root: Node[] = [];
  const stack: Array<{ node: Extract<Node, { kind: 'block' }>; inElse: boolean }> = [];
  const current = (): Node[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.node.else : top.node.then) : root;
  };
  let pos = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(source); m; m = TAG_RE.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      // Escaped: the text before it, then the braces as written.
      if (start > pos) current().push({ kind: 'text', text: source.slice(pos, start) });
      current().push({ kind: 'text', text: m[0].slice(1) });
      pos = end;
      continue;
    }
    const line = lineOf(source, start);
    const tag = classify(m[2]!, `${name}:${line}`);
    let textEnd = start;
    let next = end;
    if (tag.kind !== 'var') {
      // Standalone: only whitespace before the tag on its line and after it up to the newline.
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const nl = source.indexOf('\n', end);
      const lineEnd = nl === -1 ? source.length : nl;
      if (lineStart >= pos && /^[ \t]*$/.test(source.slice(lineStart, start)) && /^[ \t\r]*$/.test(source.slice(end, lineEnd))) {
        textEnd = lineStart;
        next = nl === -1 ? source.length : nl + 1;
      }
    }
    if (textEnd > pos) current().push({ kind: 'text', text: source.slice(pos, textEnd) });
    pos = next;
    switch (tag.kind) {
      case 'comment':
        break;
      case 'var':
        current().push({ kind: 'var', name: tag.name, line });
        break;
      case 'open': {
        const node: Extract<Node, { kind: 'block' }> = { kind: 'block', helper: tag.helper, name: tag.name, line, then: [], else: [] };
        current().push(node);
        stack.push({ node, inElse: false });
        break;
      }
      case 'else': {
        const top = stack[stack.length - 1];
        if (!top || top.inElse) throw new TemplateError(`${name}:${line}: {{else}} outside an {{#if}} or {{#unless}} block`);
        top.inElse = true;
        break;
      }
      case 'close': {
        const top = stack.pop();
        if (!top) throw new TemplateError(`${name}:${line}: {{/${tag.helper}}} without an opening block`);
        if (top.node.helper !== tag.helper) {
          throw new TemplateError(`${name}:${line}: {{/${tag.helper}}} closes {{#${top.node.helper} ${top.node.name}}} from line ${top.node.line}`);
        }
        break;
      }
    }
  }
  if (pos < source.length) current().push({ kind: 'text', text: source.slice(pos) });
  const open = stack.pop();
  if (open) throw new TemplateError(`${name}:${open.node.line}: {{#${open.node.helper} ${open.node.name}}} is never closed`);
  const stray = /\{\{|\}\}/.exec(source.replace(TAG_RE, ''));
  if (stray) throw new TemplateError(`${name}:${lineOf(source.replace(TAG_RE, ''), stray.index)}: unbalanced "${stray[0]}"`);
  return root;
}

function lookup(vars: TemplateVars, key: string, where: string): string | boolean {
  if (!Object.prototype.hasOwnProperty.call(vars, key)) throw new TemplateError(`${where}: unknown variable "${key}"`);
  return vars[key]!; // present: checked just above
}

function renderNodes(nodes: Node[], vars: TemplateVars, name: string): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'var') {
      const v = lookup(vars, n.name, `${name}:${n.line}`);
      if (typeof v !== 'string') throw new TemplateError(`${name}:${n.line}: "${n.name}" is a condition, not a text`);
      out += v;
    } else {
      const v = lookup(vars, n.name, `${name}:${n.line}`);
      const truthy = v === true || (typeof v === 'string' && v !== '');
      out += renderNodes(truthy === (n.helper === 'if') ? n.then : n.else, vars, name);
    }
  }
  return out;
}

/** Render a template with the given variables (see the module comment for the syntax). */
export function renderTemplate(source: string, vars: TemplateVars, name = 'template'): string {
  return renderNodes(parseTemplate(source, name), vars, name);
}
