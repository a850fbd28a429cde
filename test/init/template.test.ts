import { describe, expect, it } from 'vitest';
import { renderTemplate, TemplateError } from '../../src/init/template.js';

describe('renderTemplate (minimal Handlebars subset)', () => {
  it('inserts variables as they are, without HTML escaping', () => {
    expect(renderTemplate('fastställd: {{today}} av {{ org }}', { today: '2026-03-15', org: 'A & B <C>' })).toBe(
      'fastställd: 2026-03-15 av A & B <C>',
    );
  });

  it('keeps text without tags unchanged, including single braces', () => {
    const s = 'a: { id: x, namn: y }\n- [ ] ruta\n';
    expect(renderTemplate(s, {})).toBe(s);
  });

  it('renders #if, #unless and else by truthiness', () => {
    const t = '{{#if a}}A{{else}}not A{{/if}}|{{#unless a}}U{{else}}not U{{/unless}}';
    expect(renderTemplate(t, { a: true })).toBe('A|not U');
    expect(renderTemplate(t, { a: false })).toBe('not A|U');
    expect(renderTemplate(t, { a: 'text' })).toBe('A|not U');
    expect(renderTemplate(t, { a: '' })).toBe('not A|U');
  });

  it('nests blocks', () => {
    const t = '{{#if a}}a{{#if b}}+b{{else}}-b{{/if}}{{else}}{{#unless b}}neither{{/unless}}{{/if}}';
    expect(renderTemplate(t, { a: true, b: true })).toBe('a+b');
    expect(renderTemplate(t, { a: true, b: false })).toBe('a-b');
    expect(renderTemplate(t, { a: false, b: false })).toBe('neither');
    expect(renderTemplate(t, { a: false, b: true })).toBe('');
  });

  it('removes block tags that stand alone on their line, with the line', () => {
    const t = ['sosfs:', '  - "4:2"', '{{#if hsl}}', '  - "4:6"', '{{else}}', '  - "4:5"', '  {{/if}}  ', 'slut', ''].join('\n');
    expect(renderTemplate(t, { hsl: true })).toBe('sosfs:\n  - "4:2"\n  - "4:6"\nslut\n');
    expect(renderTemplate(t, { hsl: false })).toBe('sosfs:\n  - "4:2"\n  - "4:5"\nslut\n');
  });

  it('keeps the newline of a line where a block tag stands next to text', () => {
    expect(renderTemplate('a{{#if x}}\nb{{/if}}\nc', { x: true })).toBe('a\nb\nc');
    expect(renderTemplate('a{{#if x}}\nb{{/if}}\nc', { x: false })).toBe('a\nc');
  });

  it('handles a standalone tag on the last line without a newline', () => {
    expect(renderTemplate('x\n{{#if a}}\ny\n{{/if}}', { a: true })).toBe('x\ny\n');
  });

  it('writes an escaped \\{{…}} as it stands, without the backslash (GitHub expressions)', () => {
    expect(renderTemplate('key: lsys-$\\{{ github.sha }}\nav: {{org}}\n', { org: 'X' })).toBe('key: lsys-${{ github.sha }}\nav: X\n');
  });

  it('drops comments, standalone or inline', () => {
    expect(renderTemplate('{{! om mallen }}\na{{! inline }}b\n', {})).toBe('ab\n');
  });

  it('refuses an unknown variable, naming the template and line', () => {
    expect(() => renderTemplate('rad 1\n{{okänd_variabel}}', {}, 'x.tmpl')).toThrow(TemplateError);
    expect(() => renderTemplate('rad 1\n{{saknas}}', {}, 'x.tmpl')).toThrow(/x\.tmpl:2: unknown variable "saknas"/);
    expect(() => renderTemplate('{{#if saknas}}x{{/if}}', {})).toThrow(/unknown variable "saknas"/);
  });

  it('refuses a condition used as text', () => {
    expect(() => renderTemplate('{{hsl}}', { hsl: true })).toThrow(/is a condition/);
  });

  it('refuses unbalanced blocks and stray braces', () => {
    expect(() => renderTemplate('{{#if a}}x', { a: true })).toThrow(/never closed/);
    expect(() => renderTemplate('x{{/if}}', {})).toThrow(/without an opening block/);
    expect(() => renderTemplate('{{#if a}}x{{/unless}}', { a: true })).toThrow(/closes \{\{#if a\}\}/);
    expect(() => renderTemplate('{{else}}', {})).toThrow(/outside/);
    expect(() => renderTemplate('{{#if a}}{{else}}{{else}}{{/if}}', { a: true })).toThrow(/outside/);
    expect(() => renderTemplate('datum: {{today}', { today: 'x' })).toThrow(/unbalanced/);
    expect(() => renderTemplate('{{#each lista}}{{/each}}', {})).toThrow(/not supported/);
  });
});
