/**
 * The pages around the documents: coverage of SOSFS 2011:9, the tillgänglighetsredogörelse,
 * the search page (the only page with a script) and the not-found page.
 */
import { formatParagraph } from '../../core/paragraph.js';
import type { Exemption } from '../../core/types.js';
import { siteText } from '../messages.js';
import { SEARCH_IDS, type SiteContext } from '../types.js';
import { bindParagraphs, docLink, esc, keepDates, layout, searchForm, t, table } from './html.js';
import type { Lookups } from './lookups.js';

/** Each applicable paragraph (chapter order) with the shown documents that serve it, and the exemptions: the coverage validate sees. */
export function sosfsPage(ctx: SiteContext, L: Lookups): string {
  const path = 'sosfs.html';
  const root = '';
  const chapters = new Map<number, string[][]>();
  for (const c of ctx.model.coverage) {
    const docs = c.documents.map((d) => L.shown(d)).filter((d) => d !== undefined);
    const cell = docs.length
      ? docs.map((d) => docLink(ctx, root, d)).join('<br>')
      : c.exemption
        ? t(ctx, 'exemptCell', { skäl: c.exemption.skäl })
        : `<strong class="saknas">${t(ctx, 'uncovered')}</strong>`;
    const row = [
      esc(bindParagraphs(formatParagraph(c.paragraf, ctx.lang))),
      esc(bindParagraphs(ctx.lang === 'en' ? c.paragraph.krav_en : c.paragraph.krav)),
      cell,
    ];
    const list = chapters.get(c.paragraph.kapitel);
    if (list) list.push(row);
    else chapters.set(c.paragraph.kapitel, [row]);
  }
  const head = [t(ctx, 'paragraphCol'), t(ctx, 'requirementCol'), t(ctx, 'coveredByCol')];
  const parts = [...chapters.entries()].map(([kap, rows]) => {
    const title = bindParagraphs(t(ctx, 'chapter', { kapitel: kap }));
    return `<h2>${title}</h2>${table(ctx, title, head, rows)}`;
  });
  const exemptions = (list: readonly Exemption[], heading: 'exemptionsActive' | 'exemptionsExpired'): string =>
    `<h3>${t(ctx, heading)}</h3>` +
    (list.length
      ? table(
          ctx,
          t(ctx, heading),
          [t(ctx, 'paragraphCol'), t(ctx, 'reasonCol'), t(ctx, 'untilCol')],
          list.map((u) => [
            esc(bindParagraphs(formatParagraph(u.sosfs, ctx.lang))),
            esc(u.skäl),
            u.till ? keepDates(esc(u.till)) : t(ctx, 'untilNone'),
          ]),
        )
      : `<p>${t(ctx, 'exemptionsNone')}</p>`);
  const { active, expired } = ctx.model.exemptions;
  const main =
    `<h1>${t(ctx, 'sosfsTitle')}</h1><p>${t(ctx, 'sosfsIntro')}</p>${parts.join('')}` +
    `<h2>${t(ctx, 'exemptions')}</h2>${exemptions(active, 'exemptionsActive')}${exemptions(expired, 'exemptionsExpired')}`;
  return layout(ctx, { path, title: siteText(ctx.lang, 'sosfsTitle'), main, current: 'sosfs' });
}

/** A contact as a link when it is an e-mail or web address, else as text. */
function contactHtml(value: string): string {
  if (/^https?:\/\/\S+$/.test(value)) return `<a href="${esc(value)}">${esc(value)}</a>`;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `<a href="mailto:${esc(value)}">${esc(value)}</a>`;
  return esc(value);
}

/** DIGG's reporting form for the accessibility law. */
const DIGG_URL = 'https://www.digg.se/tdosanmalan';

/** The tillgänglighetsredogörelse, after DIGG's model text for the law (2018:1937). */
export function accessibilityPage(ctx: SiteContext): string {
  const path = 'tillganglighet.html';
  const a11y = ctx.site.tillgänglighet ?? {};
  const organisation = ctx.model.config.organisation;
  const contacts: string[] = [];
  if (a11y.kontakt) contacts.push(`<li>${t(ctx, 'a11yContact', { kontakt: '\u0000' }).replace('\u0000', contactHtml(a11y.kontakt))}</li>`);
  if (a11y.telefon) contacts.push(`<li>${t(ctx, 'a11yPhone', { telefon: a11y.telefon })}</li>`);
  const report = contacts.length
    ? `<p>${t(ctx, 'a11yReportText')}</p><ul>${contacts.join('')}</ul>`
    : `<p>${t(ctx, 'a11yNoContact', { organisation })}</p>`;
  const main =
    `<h1>${t(ctx, 'a11yTitle')}</h1><p>${t(ctx, 'a11yIntro', { organisation })}</p>` +
    `<h2>${t(ctx, 'a11yStatusHeading')}</h2><p>${t(ctx, 'a11yStatus')}</p>` +
    `<h2>${t(ctx, 'a11yKnown')}</h2><p>${t(ctx, 'a11yKnownText')}</p>` +
    `<h2>${t(ctx, 'a11yReport')}</h2>${report}` +
    `<h2>${t(ctx, 'a11ySupervision')}</h2><p>${t(ctx, 'a11ySupervisionText')} <a href="${DIGG_URL}">${DIGG_URL}</a></p>` +
    `<h2>${t(ctx, 'a11yDate')}</h2><p>${keepDates(t(ctx, 'a11yDateText', { datum: a11y.bedömd ?? ctx.today }))}</p>`;
  return layout(ctx, { path, title: siteText(ctx.lang, 'a11yTitle'), main });
}

/** The search page: the form, a status line, an empty result list, and the search script. */
export function searchPage(ctx: SiteContext): string {
  const path = 'sok.html';
  const main =
    `<h1>${t(ctx, 'searchTitle')}</h1>${searchForm(ctx, '', true)}` +
    `<noscript><p>${t(ctx, 'searchNoScript')}</p></noscript>` +
    `<p id="${SEARCH_IDS.status}" role="status"></p>` +
    `<section aria-labelledby="sok-rubrik"><h2 id="sok-rubrik" class="visuellt-dold">${t(ctx, 'searchResults')}</h2>` +
    `<div id="${SEARCH_IDS.results}" class="sok-resultat"></div></section>`;
  return layout(ctx, {
    path,
    title: siteText(ctx.lang, 'searchTitle'),
    main,
    current: 'sok',
    ownSearch: true,
    script: `<script src="assets/sok.js" defer></script>`,
  });
}

/** The not-found page: served at any depth, so its links are absolute from the base URL when there is one. */
export function notFoundPage(ctx: SiteContext): string {
  const root = ctx.baseUrl ?? '';
  const main =
    `<h1>${t(ctx, 'notFoundTitle')}</h1><p>${t(ctx, 'notFoundText')}</p>` +
    `<ul><li><a href="${esc(root)}index.html">${t(ctx, 'notFoundStart')}</a></li><li><a href="${esc(root)}sok.html">${t(ctx, 'notFoundSearch')}</a></li></ul>`;
  return layout(ctx, { path: '404.html', root: esc(root), title: siteText(ctx.lang, 'notFoundTitle'), main });
}
