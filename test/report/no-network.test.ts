/**
 * The HTML report fetches nothing: document text that points at external resources (Markdown
 * images, raw <img src>, srcset, protocol-relative //host, <link>, <video poster>, CSS url()
 * in style attributes …) is rendered without any attribute that loads something, and the page
 * carries a Content-Security-Policy that forbids every fetch (also in a custom layout).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/report/markdown-html.js';
import { addGeneratorMark, renderReport, REPORT_CSP } from '../../src/report/render.js';
import { EXTERNAL } from '../helpers/external-resources.js';

describe('document Markdown in the HTML report loads nothing', () => {
  const out = markdownToHtml(EXTERNAL);

  it('keeps no attribute that fetches and no element that exists to fetch', () => {
    expect(out).not.toMatch(/\s(src|srcset|poster|background|data|style)=/i);
    expect(out).not.toMatch(/<(img|source|picture source|link|style|video|audio|iframe|object|embed|image|svg|input type="image")\b/i);
    expect(out).not.toMatch(/url\(/i);
  });

  it('drops <style>, <script>, <template> and <noscript> with their content (nothing printed as text)', () => {
    expect(out).toContain('<p>Före</p><p>Efter</p>');
    expect(out).not.toMatch(/color:red|background:url|skript|mall-innehåll|noscript-innehåll/);
  });

  it('keeps the address of every image: upper case, srcset only (its first address), file:, an image button', () => {
    expect(out).toContain('<span class="extern-bild">Versaler (HTTP://EXAMPLE.SE/STOR.PNG)</span>');
    expect(out).toContain('<span class="extern-bild">http://example.se/s1.png</span>');
    expect(out).toContain('<span class="extern-bild">Lokal fil (file:///C:/bilder/lokal.png)</span>');
    expect(out).toContain('<span class="extern-bild">http://example.se/knapp.png</span>');
    expect(out).toContain('<span class="extern-bild">Skicka (http://example.se/knapp2.png)</span>');
  });

  it('an input is no stray checkbox: only a task list keeps its checkboxes', () => {
    expect(out.match(/<input/g)).toHaveLength(2);
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" disabled> en uppgift</li>');
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> en klar uppgift</li>');
    expect(out).not.toContain('fält');
  });

  it('the placeholder has a style of its own in the built-in stylesheet', () => {
    const css = readFileSync(fileURLToPath(new URL('../../templates/html/partials/style.hbs', import.meta.url)), 'utf8');
    expect(css).toMatch(/\.extern-bild\s*\{[^}]*border:[^}]*\}/);
  });

  it('an image becomes its alt text and its address as text', () => {
    expect(out).toContain('<span class="extern-bild">Fall per månad (http://bilder.example.se/fall.png)</span>');
    expect(out).toContain('<span class="extern-bild">https://example.se/x.png</span>');
    expect(out).toContain('<span class="extern-bild">logga (//cdn.example.se/logga.png)</span>');
    expect(out).toContain('<span class="extern-bild">karta (bilder/karta.png)</span>');
    expect(out).toContain('Rå bild (http://example.se/raw.png)');
    expect(out).toContain('Bild i picture (//example.se/p.png)');
  });

  it('a link is still a link (following it is the reader’s choice, not a fetch)', () => {
    expect(out).toContain('<a href="https://example.se/sida">en vanlig länk</a>');
    expect(out).toContain('<td>cell</td>');
  });
});

describe('the Content-Security-Policy of the HTML report', () => {
  it('forbids every fetch but inline CSS and data: images', () => {
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(REPORT_CSP).toContain('img-src data:');
    expect(REPORT_CSP).toContain("style-src 'unsafe-inline'");
    expect(REPORT_CSP).not.toMatch(/https?:|\*/);
  });

  it('is added to a page whose layout has none, in <head>, and not twice', () => {
    const page =
      '<!DOCTYPE html>\n<html>\n<head>\n<title>Egen</title>\n</head>\n<body><img src="http://example.se/logga.png"></body></html>\n';
    const out = addGeneratorMark(page, 'html', 'lsys 9.9.9');
    const head = out.slice(out.indexOf('<head>'), out.indexOf('</head>'));
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(addGeneratorMark(out, 'html', 'lsys 9.9.9')).toBe(out);
  });
});

describe('a custom HTML layout without the policy', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  it('gets it (and the generator mark) right after <head>', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-csp-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'html'), { recursive: true });
    writeFileSync(
      join(dir, 'html', 'layout.hbs'),
      '<!doctype html><html><head><title>{{organisation}}</title></head><body>{{organisation}}</body></html>\n',
    );
    const model = { generator: 'lsys 9.9.9', organisation: 'Testkommunen' } as never;
    const custom = renderReport(model, { format: 'html', lang: 'sv', overrideDirs: [dir] });
    expect(custom).toMatch(
      /^<!doctype html><html><head>\n<meta name="generator" content="lsys 9\.9\.9"><meta http-equiv="Content-Security-Policy"/,
    );
  });
});
