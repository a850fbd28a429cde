/**
 * Structural checks for the chart SVGs, independent of the golden files: a tiny XML
 * well-formedness parser (nesting, quoting, entities, allowed characters) that returns an
 * element tree, and `checkChart`, which asserts what every chart promises (accessible name,
 * explicit size, no script or external reference, sane coordinates and font sizes).
 */
import { expect } from 'vitest';

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  /** Text directly inside this element, in order (not of its children). */
  text: string;
  parent?: El;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&([^;&\s]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(raw)}`);
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    if (ref in ENTITIES) return ENTITIES[ref]!;
    throw new Error(`unknown entity &${ref};`);
  });
}

/** Parse `s` as XML 1.0 (no DTD, no CDATA, no processing instructions); throw when malformed. */
export function parseXml(s: string): El {
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(s);
  if (bad) throw new Error(`character U+${bad[0].charCodeAt(0).toString(16)} not allowed`);
  const stack: El[] = [];
  let root: El | undefined;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(s)) !== null) {
    const [whole, close, name, attrText, selfClose, textRaw, stray] = m;
    if (stray) throw new Error(`malformed tag at ${m.index}: ${JSON.stringify(s.slice(m.index, m.index + 40))}`);
    if (whole.startsWith('<!--')) continue;
    if (textRaw !== undefined) {
      const t = decode(textRaw);
      if (stack.length === 0) {
        if (t.trim() !== '') throw new Error(`text outside the root element: ${JSON.stringify(t)}`);
      } else stack[stack.length - 1]!.text += t;
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const el: El = { name: name!, attrs: {}, children: [], text: '', parent: stack[stack.length - 1] };
    for (const a of attrText!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      el.attrs[a[1]!] = decode(a[2] ?? a[3]!);
    }
    if (el.parent) el.parent.children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    if (!selfClose) stack.push(el);
  }
  if (tag.lastIndex !== 0 && tag.lastIndex < s.length) throw new Error(`could not parse from ${tag.lastIndex}`);
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) throw new Error('no root element');
  return root;
}

export function all(el: El, name?: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (!name || e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

/** The text a reader sees: own text plus `<tspan>`s, without `<title>` tooltips. */
export function textContent(el: El): string {
  if (el.children.length === 0) return el.text;
  return (
    el.text +
    el.children
      .filter((c) => c.name !== 'title')
      .map(textContent)
      .join(' ')
  );
}

/** Elements with the given class, e.g. `bar`, `value`, `category`. */
export function byClass(root: El, cls: string): El[] {
  return all(root).filter((e) => (e.attrs.class ?? '').split(' ').includes(cls));
}

export function n(el: El, attr: string): number {
  const v = el.attrs[attr];
  if (v === undefined) throw new Error(`<${el.name}> has no ${attr}`);
  return Number(v);
}

const COORD = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'stroke-width', 'font-size']);
const FORBIDDEN = new Set(['script', 'foreignObject', 'image', 'iframe', 'use', 'a', 'style', 'animate', 'set']);

/** Everything every chart must satisfy. Returns the parsed root for further assertions. */
export function checkChart(svg: string, id: string): El {
  expect(svg).not.toMatch(/NaN|undefined|Infinity|null|\[object/);
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(root.attrs.role).toBe('img');
  expect(root.attrs['aria-labelledby']).toBe(`${id}-title ${id}-desc`);
  const [vx, vy, w, h] = root.attrs.viewBox!.split(' ').map(Number);
  expect([vx, vy]).toEqual([0, 0]);
  expect(w).toBeGreaterThan(0);
  expect(h).toBeGreaterThan(0);
  expect(Number(root.attrs.width)).toBe(w);
  expect(Number(root.attrs.height)).toBe(h);
  expect(root.attrs['font-family']).toMatch(/sans-serif|inherit/);

  const title = root.children.find((c) => c.name === 'title');
  const desc = root.children.find((c) => c.name === 'desc');
  expect(title?.attrs.id).toBe(`${id}-title`);
  expect(desc?.attrs.id).toBe(`${id}-desc`);
  expect(title!.text.trim()).not.toBe('');
  expect(desc!.text.trim().length).toBeGreaterThan(title!.text.trim().length);

  const ids = new Set<string>();
  for (const el of all(root)) {
    expect(FORBIDDEN.has(el.name), `<${el.name}> is not allowed`).toBe(false);
    for (const [k, v] of Object.entries(el.attrs)) {
      expect(k.toLowerCase().startsWith('on'), `event handler ${k}`).toBe(false);
      expect(k.endsWith('href'), `reference ${k}`).toBe(false);
      if (COORD.has(k)) {
        expect(v, `<${el.name} ${k}="${v}">: integer or one decimal`).toMatch(/^-?\d+(\.\d)?$/);
      }
    }
    if (el.attrs.id) {
      expect(ids.has(el.attrs.id), `duplicate id ${el.attrs.id}`).toBe(false);
      expect(el.attrs.id.startsWith(`${id}-`), `id ${el.attrs.id} lacks the prefix`).toBe(true);
      ids.add(el.attrs.id);
    }
    if (el.name === 'rect' && !el.parent?.name.startsWith('pattern')) {
      expect(n(el, 'width')).toBeGreaterThanOrEqual(0);
      expect(n(el, 'height')).toBeGreaterThanOrEqual(0);
      expect(n(el, 'x') + n(el, 'width')).toBeLessThanOrEqual(w!);
      expect(n(el, 'y') + n(el, 'height')).toBeLessThanOrEqual(h!);
    }
    if (el.name === 'text') {
      expect(n(el, 'font-size')).toBeGreaterThanOrEqual(10);
      checkInside(el, w!, h!);
    }
  }
  // Every url(#…) points at an element of this chart; nothing outside it is referenced.
  for (const m of svg.matchAll(/url\(([^)]*)\)/g)) {
    expect(m[1]).toMatch(/^#/);
    expect(ids.has(m[1]!.slice(1)), `url(${m[1]}) has no target`).toBe(true);
  }
  return root;
}

/**
 * A text's anchor lies inside the picture, and so does its extent at a lenient 0.45 em per
 * character (a lower bound for sans-serif), so a label that is certainly clipped fails.
 */
function checkInside(el: El, w: number, h: number): void {
  const size = n(el, 'font-size');
  const rotated = (el.attrs.transform ?? '').startsWith('rotate(-90');
  const lines = el.children.filter((c) => c.name === 'tspan').map((c) => c.text);
  const longest = Math.max(...(lines.length ? lines : [el.text]).map((l) => Array.from(l).length)) * size * 0.45;
  const x = n(el, 'x');
  const y = n(el, 'y');
  const anchor = el.attrs['text-anchor'] ?? 'start';
  const [from, to] = anchor === 'middle' ? [-longest / 2, longest / 2] : anchor === 'end' ? [-longest, 0] : [0, longest];
  if (rotated) {
    expect(y - to, `rotated text "${el.text}" clipped at the top`).toBeGreaterThanOrEqual(0);
    expect(y - from, `rotated text "${el.text}" clipped at the bottom`).toBeLessThanOrEqual(h);
    expect(x - size * 0.8).toBeGreaterThanOrEqual(0);
  } else {
    expect(x + from, `text "${textContent(el)}" clipped on the left`).toBeGreaterThanOrEqual(0);
    expect(x + to, `text "${textContent(el)}" clipped on the right`).toBeLessThanOrEqual(w);
    expect(y - size * 0.75, `text "${textContent(el)}" clipped at the top`).toBeGreaterThanOrEqual(0);
    const lastY = lines.length ? Math.max(...el.children.filter((c) => c.name === 'tspan').map((c) => n(c, 'y'))) : y;
    expect(lastY + size * 0.25, `text "${textContent(el)}" clipped at the bottom`).toBeLessThanOrEqual(h);
  }
}
