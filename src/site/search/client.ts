/**
 * The browser script of the handbook's search (`assets/sok.js`; scripts/bundle.mjs bundles it
 * with MiniSearch and the stemmer into one IIFE, and buildSearch puts the list of index files in
 * front as `window.lsysSokConfig`). It acts only on the search page (the page with the results
 * element): loads the index shards by `<script>` (so it works from file:// too), reads `q` from
 * the address, searches as the user types and on submit, and says in the status what it did —
 * also when the index cannot be loaded. Everything is written with textContent (titles are data).
 * Run in the browser only; test/site/search-browser.test.ts drives it in headless Chromium.
 */
import MiniSearch from 'minisearch';
import type { Lang } from '../../core/types.js';
import { say } from '../../core/messages.js';
import { SEARCH_IDS } from '../types.js';
import { INDEX_OPTIONS, searchShards, type Hit, type IndexedDocument } from './engine.js';
import { SEARCH_MESSAGES } from './messages.js';

interface Config {
  shards: string[];
  lang?: Lang;
}
type Window_ = Window & { lsysSokConfig?: Config; lsysSokShard?: (n: number, json: string) => void };

/** Results shown at most. */
const MAX_SHOWN = 100;
/** Wait after the last key press before searching. */
const DEBOUNCE_MS = 150;
/** A shard that has neither loaded nor failed by then counts as failed. */
const LOAD_TIMEOUT_MS = 20_000;

const w = window as Window_;
const script = document.currentScript as HTMLScriptElement | null;

function start(): void {
  const form = document.getElementById(SEARCH_IDS.form) as HTMLFormElement | null;
  const input = document.getElementById(SEARCH_IDS.input) as HTMLInputElement | null;
  const status = document.getElementById(SEARCH_IDS.status);
  const results = document.getElementById(SEARCH_IDS.results);
  // Every page has the search box; only the search page has the results.
  if (!input || !status || !results) return;
  // The page's language decides; the build's --lang only when the page names neither.
  const pageLang = document.documentElement.lang;
  const lang: Lang = /^en\b/i.test(pageLang) ? 'en' : /^sv\b/i.test(pageLang) ? 'sv' : (w.lsysSokConfig?.lang ?? 'sv');
  const text = (id: keyof typeof SEARCH_MESSAGES, data?: Record<string, string | number>): string => say(SEARCH_MESSAGES[id], lang, data);
  if (!status.hasAttribute('role')) status.setAttribute('role', 'status');
  if (!status.hasAttribute('aria-live')) status.setAttribute('aria-live', 'polite');

  const names = w.lsysSokConfig?.shards ?? [];
  const shards: MiniSearch<IndexedDocument>[] = [];
  let pending = names.length;

  const render = (): void => {
    const q = input.value.trim();
    if (pending > 0) {
      status.textContent = text('loading');
      return;
    }
    if (shards.length === 0) {
      status.textContent = text('failed');
      results.replaceChildren();
      return;
    }
    const failed = names.length - shards.length;
    const problem = failed > 0 ? ` ${text('partial', { saknas: failed, delar: names.length })}` : '';
    if (q === '') {
      status.textContent = text('ready') + problem;
      results.replaceChildren();
      return;
    }
    const { total, hits } = searchShards(shards, q, MAX_SHOWN);
    const said =
      total === 0 ? text('noHits', { fråga: q }) : total === 1 ? text('oneHit', { fråga: q }) : text('hits', { antal: total, fråga: q });
    status.textContent = said + (total > MAX_SHOWN ? ` ${text('shown', { visade: MAX_SHOWN })}` : '') + problem;
    const ol = document.createElement('ol');
    for (const h of hits) ol.append(item(h, text('draft')));
    results.replaceChildren(...(hits.length > 0 ? [ol] : []));
  };

  // A shard registers itself when its script runs; one that does not (missing, refused, broken) is counted as failed.
  w.lsysSokShard = (_n, json) => {
    shards.push(MiniSearch.loadJSON(json, INDEX_OPTIONS));
  };
  const done = (): void => {
    pending--;
    if (pending === 0) render();
  };
  const base = script?.src ? new URL('../sok/', script.src) : new URL('sok/', location.href);
  for (const name of names) {
    const el = document.createElement('script');
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      done();
    };
    el.src = new URL(name, base).href;
    el.addEventListener('load', settle);
    el.addEventListener('error', settle);
    setTimeout(settle, LOAD_TIMEOUT_MS);
    document.head.append(el);
  }

  const q = new URLSearchParams(location.search).get('q');
  if (q !== null && input.value === '') input.value = q;
  render();

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, DEBOUNCE_MS);
  });
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    try {
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url.href);
    } catch {
      // file:// may refuse: the search runs all the same.
    }
    render();
  });
}

/** One result: a link to the page (relative to sok.html) with the title, the type, UTKAST for a draft, and the snippet. */
function item(h: Hit, draftWord: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = h.page;
  append(a, h.titleParts);
  li.append(a, ' ');
  const type = document.createElement('span');
  type.className = 'sok-typ';
  type.textContent = h.type;
  li.append(type);
  if (h.draft) {
    const d = document.createElement('strong');
    d.className = 'utkast';
    d.textContent = draftWord;
    li.append(' ', d);
  }
  if (h.snippet.length > 0) {
    const p = document.createElement('p');
    append(p, h.snippet);
    li.append(p);
  }
  return li;
}

function append(el: HTMLElement, parts: Hit['snippet']): void {
  for (const part of parts) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      el.append(m);
    } else el.append(part.text);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
