/**
 * The load's body hook (src/site/body-hook.ts): each body the load parses is rendered from the
 * load's own tokens, and what it gives is exactly what the site's own render (renderDeferred)
 * gives for the same body. A body with raw HTML or a personnummer is left to the site.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/core/frontmatter.js';
import { loadItem } from '../../src/core/load.js';
import { bodyHook, type LoadedFile } from '../../src/site/body-hook.js';
import { versionIn } from '../../src/site/blob-version.js';
import { renderDeferred } from '../../src/site/render.js';

const ROOT = join(import.meta.dirname, '..', '..');

function load(text: string, file = 'ledningssystem/rutiner/RUT-001.md') {
  return loadItem({ file, absPath: join('/x', file), bytes: Buffer.from(text) }, bodyHook);
}

const HEAD = '---\nid: RUT-001\ntyp: rutin\ntitel: Test\n---\n';

describe('body hook', () => {
  it('gives what renderDeferred gives, for every document of the example', () => {
    const dir = join(ROOT, 'examples', 'solbacka', 'ledningssystem');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
    let rendered = 0;
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const doc = load(text, f);
      const body = (doc.rendered as LoadedFile | undefined)?.body;
      if (body === undefined) continue;
      rendered++;
      expect(body, f).toEqual(renderDeferred(splitFrontmatter(text.replace(/\r\n/g, '\n')).body));
    }
    expect(rendered).toBeGreaterThan(files.length * 0.8);
  });

  it('renders from the same parse as the facts: headings, task lists, tables and links', () => {
    const body = '# Syfte\n\n- [x] klar\n- [ ] inte klar\n\n| a | b |\n|---|---|\n| [RUT-002](RUT-002.md) | www.x.se |\n';
    const doc = load(HEAD + body);
    expect(doc.slugs).toEqual(['syfte']);
    expect((doc.rendered as LoadedFile).body).toEqual(renderDeferred(body));
    expect(doc.links).toContain('RUT-002.md');
  });

  it('leaves a body with raw HTML or a personnummer to the site, and a document without an id', () => {
    expect(load(`${HEAD}Text <b>fet</b>\n`).rendered).not.toHaveProperty('body');
    expect(load(`${HEAD}Brukaren 19121212-1212 ska …\n`).rendered).not.toHaveProperty('body');
    expect(load('# Ingen frontmatter\n').rendered).toBeUndefined();
  });

  it('notes the git blob id of the bytes as read and the version as the history reads it from a blob', () => {
    const text = '---\r\nid: RUT-001\r\ntyp: rutin\r\ntitel: Test\r\nversion: "1.2"\r\n---\r\nText\r\n';
    const doc = load(text);
    const blob = execFileSync('git', ['hash-object', '--stdin'], { input: text }).toString().trim();
    // CRLF kept, as git keeps it in the blob: the history's own reading of that blob gives the same.
    expect(doc.rendered).toMatchObject({ blob, version: versionIn(text) });
    expect(load(HEAD + 'Text\n').rendered).not.toHaveProperty('version');
  });
});
