/**
 * A tiny XML 1.0 well-formedness checker for the JUnit tests (no dependency, no regular
 * expressions): nesting, one root, quoted attributes, no `<` in values, only known entity
 * references, only characters XML allows. Returns the elements with decoded attributes and text.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  parent?: XmlElement;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function isNameChar(c: string): boolean {
  return !isSpace(c) && !'<>/=\'"&?!'.includes(c);
}

/** Replace entity and character references; throw on a bare `&` or an unknown entity. */
function decode(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '&') {
      out += c;
      continue;
    }
    const end = raw.indexOf(';', i);
    if (end < 0) throw new Error(`bare & at ${i}`);
    const ref = raw.slice(i + 1, end);
    if (ref.startsWith('#x')) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
    else if (ref.startsWith('#')) out += String.fromCodePoint(parseInt(ref.slice(1), 10));
    else if (ref in ENTITIES) out += ENTITIES[ref];
    else throw new Error(`unknown entity &${ref};`);
    if (out.endsWith('NaN')) throw new Error(`bad character reference &${ref};`);
    i = end;
  }
  return out;
}

export function parseXml(s: string): XmlElement[] {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp) || (cp >= 0xd800 && cp <= 0xdfff)) throw new Error(`character U+${cp.toString(16)} not allowed`);
  }
  const elements: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let roots = 0;
  let i = 0;

  const expect = (str: string) => {
    if (!s.startsWith(str, i)) throw new Error(`expected ${str} at ${i}`);
    i += str.length;
  };
  const name = (): string => {
    const start = i;
    while (i < s.length && isNameChar(s[i]!)) i++;
    if (i === start) throw new Error(`expected a name at ${i}`);
    return s.slice(start, i);
  };
  const skipSpace = () => {
    while (i < s.length && isSpace(s[i]!)) i++;
  };

  if (s.startsWith('<?xml')) {
    const end = s.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }

  while (i < s.length) {
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
    } else if (s.startsWith('</', i)) {
      i += 2;
      const n = name();
      skipSpace();
      expect('>');
      const open = stack.pop();
      if (!open || open.name !== n) throw new Error(`</${n}> closes <${open?.name ?? 'nothing'}>`);
    } else if (s[i] === '<') {
      i++;
      const el: XmlElement = { name: name(), attrs: {}, text: '', parent: stack.at(-1) };
      if (stack.length === 0 && ++roots > 1) throw new Error('more than one root element');
      for (;;) {
        const before = i;
        skipSpace();
        if (s.startsWith('/>', i) || s[i] === '>') break;
        if (i === before) throw new Error(`expected space before attribute at ${i}`);
        const a = name();
        skipSpace();
        expect('=');
        skipSpace();
        const q = s[i];
        if (q !== '"' && q !== "'") throw new Error(`unquoted attribute ${a}`);
        const end = s.indexOf(q, i + 1);
        if (end < 0) throw new Error(`unterminated attribute ${a}`);
        const raw = s.slice(i + 1, end);
        if (raw.includes('<')) throw new Error(`< in attribute ${a}`);
        if (a in el.attrs) throw new Error(`duplicate attribute ${a}`);
        el.attrs[a] = decode(raw);
        i = end + 1;
      }
      elements.push(el);
      if (s.startsWith('/>', i)) i += 2;
      else {
        i++;
        stack.push(el);
      }
    } else {
      let end = s.indexOf('<', i);
      if (end < 0) end = s.length;
      const raw = s.slice(i, end);
      const text = decode(raw);
      if (stack.length === 0) {
        for (const c of text) if (!isSpace(c)) throw new Error(`text outside the root element at ${i}`);
      } else stack[stack.length - 1]!.text += text;
      i = end;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
  if (roots !== 1) throw new Error('no root element');
  return elements;
}
