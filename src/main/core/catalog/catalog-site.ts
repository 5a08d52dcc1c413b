/**
 * The static catalog site (Katalog Data): `index.html` with search and filters, one page per
 * dataset under `dataset/`, the style sheet and the index script, and — only for datasets the
 * access rule allows — their files under `berkas/<slug>/`. It opens from the file system
 * without a server and without the internet.
 *
 * Security: every value is escaped by the `markup` template; the catalog data for the script is
 * a JSON data block; each page carries a Content-Security-Policy that allows only the site's
 * own style sheet and script (`'self'`, which Chromium honours for file:// pages) and no
 * remote resource, inline script, inline style, form target or base URL.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogLang, CatalogOptions, CatalogWarning } from '../../../shared/model/catalog';
import { ACCESS_LABELS } from './access';
import { principleRows, type CatalogItem } from './catalog-view';
import { chartSvg } from './chart-svg';
import { formatBytes, formatDate, formatNumber, formatPercent } from './format';
import {
  jsonScript,
  markup,
  raw,
  relativeHref,
  safeFileName,
  type HtmlValue,
  type SafeHtml,
} from './html-escape';
import { metadataSections, profileOrDefault, typeLabel } from './metadata-view';
import { sectionsHtml } from './print-forms';
import { SITE_CSS, SITE_JS } from './site-assets';
import { t } from './site-texts';

export const SITE_CSS_FILE = 'gaya.css';
export const SITE_JS_FILE = 'katalog.js';
export const SITE_MARKER_FILE = '.katalog-satudata';

export interface SiteLink {
  label: string;
  href: string;
}

export interface SiteDownload {
  format: string;
  fileName: string;
  href: string;
  bytes: number;
}

interface PageParts {
  lang: CatalogLang;
  title: string;
  siteTitle: string;
  organisation?: string;
  /** '' for the index, '../' for dataset pages */
  root: string;
  withScript: boolean;
  body: SafeHtml;
  generatedAt: string;
  isIndex: boolean;
}

function csp(withScript: boolean): string {
  return [
    "default-src 'none'",
    withScript ? "script-src 'self'" : "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

const EMBLEM = raw(
  '<svg class="lambang" viewBox="0 0 54 54" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><path class="perisai" d="M27 2 L50 10 V26 C50 40 40 48 27 52 C14 48 4 40 4 26 V10 Z"></path><rect class="isi" x="14" y="30" width="6" height="12" rx="1"></rect><rect class="isi" x="24" y="22" width="6" height="20" rx="1"></rect><rect class="isi" x="34" y="15" width="6" height="27" rx="1"></rect><rect class="garis-merah" x="12" y="44" width="30" height="3" rx="1"></rect></svg>',
);

const lt = (lang: CatalogLang, id: string, en: string): string => (lang === 'id' ? id : en);

function page(p: PageParts): string {
  const heading = p.isIndex
    ? markup`<h1>${p.siteTitle}</h1>`
    : markup`<p class="judul-situs"><a href="${p.root}index.html">${p.siteTitle}</a></p>`;
  const script = p.withScript ? markup`<script src="${p.root}${SITE_JS_FILE}" defer></script>` : '';
  const org = p.organisation ? markup`<p class="org">${p.organisation}</p>` : '';
  const doc = markup`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(csp(p.withScript))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Satu Data Workbench">
<title>${p.title}</title>
<link rel="stylesheet" href="${p.root}${SITE_CSS_FILE}">
${script}
</head>
<body>
<div class="pita"></div>
<header class="kepala"><div class="wadah">${EMBLEM}<div>
${org}
${heading}
<p class="sub">${t('tagline', p.lang)}</p>
</div></div></header>
<main><div class="wadah">
${p.body}
</div></main>
<footer class="kaki"><div class="wadah">
<p>${t('generated', p.lang)} ${formatDate(p.generatedAt, p.lang)}.</p>
<p>${t('basis', p.lang)} ${t('offline', p.lang)}</p>
</div></footer>
</body>
</html>
`;
  return doc.value;
}

function badges(item: CatalogItem, lang: CatalogLang): SafeHtml {
  const complete = item.entry.metadataComplete;
  const parts: SafeHtml[] = [
    markup`<span class="lb ${item.access.level}" title="${t('access', lang)}">${item.accessLabel}</span>`,
  ];
  if (item.status) parts.push(markup`<span class="lb status">${item.status.label}</span>`);
  parts.push(markup`<span class="lb ${item.validation.state}">${item.validation.label}</span>`);
  if (complete !== undefined) {
    parts.push(
      markup`<span class="lb" title="${t('completeness', lang)}">${t('metadata', lang)} ${formatPercent(complete, lang)}</span>`,
    );
  }
  if (item.entry.privacyFindings.length > 0) {
    parts.push(markup`<span class="lb tertutup">${t('privacyBadge', lang)}</span>`);
  }
  for (const topic of item.topics) parts.push(markup`<span class="lb topik">${topic}</span>`);
  return markup`<div class="lencana">${parts}</div>`;
}

function excerpt(text: string, max = 260): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[.,;:]$/, '')}…`;
}

function metaLine(label: string, value: string | undefined): HtmlValue {
  return value ? markup`<div><dt>${label}</dt><dd>${value}</dd></div>` : '';
}

function card(item: CatalogItem, lang: CatalogLang): SafeHtml {
  const description = item.description
    ? markup`<p class="desk">${excerpt(item.description)}</p>`
    : '';
  const meta = [
    metaLine(t('producer', lang), item.producer),
    metaLine(t('period', lang), item.period),
    metaLine(t('frequency', lang), item.frequency),
  ];
  return markup`<li class="kartu" data-dataset-id="${item.id}">
<h2><a href="${relativeHref(item.pagePath)}">${item.title}</a></h2>
${description}
<dl class="meta">${meta}</dl>
${badges(item, lang)}
</li>`;
}

function selectOptions(
  values: readonly { value: string; label: string }[],
  lang: CatalogLang,
): SafeHtml {
  const opts = values.map((v) => markup`<option value="${v.value}">${v.label}</option>`);
  return markup`<option value="">${t('all', lang)}</option>${opts}`;
}

function distinctSorted(values: readonly string[]): { value: string; label: string }[] {
  return [...new Set(values)]
    .sort((a, b) => a.localeCompare(b, 'id'))
    .map((v) => ({ value: v, label: v }));
}

function filterField(id: string, name: string, label: string, options: SafeHtml): SafeHtml {
  return markup`<div><label for="${id}">${label}</label><select id="${id}" name="${name}">${options}</select></div>`;
}

export function indexPage(
  items: readonly CatalogItem[],
  catalogFiles: readonly SiteLink[],
  opts: { lang: CatalogLang; siteTitle: string; organisation?: string; generatedAt: string },
): string {
  const { lang } = opts;
  const count = (pred: (i: CatalogItem) => boolean): string =>
    formatNumber(items.filter(pred).length, lang);
  const noStatus = t('noStatus', lang);
  const statusValues = [
    ...new Map(
      items.map((i) => [i.status?.code ?? '', i.status?.label ?? noStatus] as const),
    ).entries(),
  ]
    .map(([value, label]) => ({ value: value === '' ? '-' : value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  const accessValues = (['terbuka', 'terbatas', 'tertutup', 'belum-diklasifikasikan'] as const)
    .filter((lvl) => items.some((i) => i.access.level === lvl))
    .map((lvl) => ({ value: lvl, label: ACCESS_LABELS[lvl][lang] }));
  const producers = distinctSorted(items.flatMap((i) => (i.producer ? [i.producer] : [])));
  const data = {
    texts: { showing: t('showing', lang) },
    datasets: items.map((i) => ({
      id: i.id,
      title: i.title,
      description: excerpt(i.description, 600),
      keywords: i.keywords,
      topics: i.topics,
      producer: i.producer ?? '',
      statusKey: i.status?.code ?? '-',
      status: i.status?.label ?? '',
      access: i.access.level,
      accessLabel: i.accessLabel,
      fileName: i.entry.fileName,
      href: i.pagePath,
    })),
  };
  const total = String(items.length);
  const showing = t('showing', lang).replace('{n}', total).replace('{total}', total);
  const files =
    catalogFiles.length > 0
      ? markup`<span class="unduh-katalog">${t('downloadList', lang)}${catalogFiles.map((f) => markup` <a href="${relativeHref(f.href)}">${f.label}</a>`)}</span>`
      : '';
  const body = markup`<section class="ringkasan" aria-label="${t('summary', lang)}">
<div class="angka"><b>${formatNumber(items.length, lang)}</b><span>${t('datasets', lang)}</span></div>
<div class="angka"><b>${count((i) => i.access.level === 'terbuka')}</b><span>${t('open', lang)}</span></div>
<div class="angka"><b>${count((i) => i.access.level === 'terbatas' || i.access.level === 'tertutup')}</b><span>${t('limited', lang)}</span></div>
<div class="angka"><b>${count((i) => i.access.level === 'belum-diklasifikasikan')}</b><span>${t('unclassified', lang)}</span></div>
</section>
<form class="saring" id="saring" role="search" hidden>
<div><label for="cari">${t('search', lang)}</label><input type="search" id="cari" name="q" placeholder="${t('searchPlaceholder', lang)}" autocomplete="off"></div>
${filterField('saring-topik', 'topik', t('topic', lang), selectOptions(distinctSorted(items.flatMap((i) => i.topics)), lang))}
${filterField('saring-produsen', 'produsen', t('producer', lang), selectOptions(producers, lang))}
${filterField('saring-status', 'status', t('status', lang), selectOptions(statusValues, lang))}
${filterField('saring-akses', 'akses', t('access', lang), selectOptions(accessValues, lang))}
<div><button type="reset">${t('reset', lang)}</button></div>
</form>
<div class="hasil"><span id="jumlah-hasil" aria-live="polite">${showing}</span>${files}</div>
${items.length === 0 ? markup`<p class="kosong-hasil">${t('noDatasets', lang)}</p>` : ''}
<ol class="daftar">
${items.map((i) => card(i, lang))}
</ol>
<p class="kosong-hasil" id="kosong-hasil" hidden>${t('noMatch', lang)}</p>
${jsonScript('katalog-data', data)}`;
  const parts: PageParts = {
    lang,
    title: opts.organisation ? `${opts.siteTitle} — ${opts.organisation}` : opts.siteTitle,
    siteTitle: opts.siteTitle,
    root: '',
    withScript: true,
    body,
    generatedAt: opts.generatedAt,
    isIndex: true,
  };
  if (opts.organisation) parts.organisation = opts.organisation;
  return page(parts);
}

const NUMERIC = new Set([
  'integer',
  'decimal',
  'percentage',
  'currency',
  'bilangan_bulat',
  'bilangan_desimal',
  'persentase',
]);

function withheldNotice(item: CatalogItem, lang: CatalogLang): SafeHtml {
  const reason = item.access.reason;
  return markup`<p class="pemberitahuan merah">${reason ? (lang === 'id' ? reason.message : reason.messageEn) : ''}</p>`;
}

function previewHtml(item: CatalogItem, lang: CatalogLang): SafeHtml {
  if (!item.preview) return withheldNotice(item, lang);
  const p = item.preview;
  const numeric = p.columns.map((c) => c.type !== undefined && NUMERIC.has(c.type));
  const hidden =
    p.hiddenColumns.length > 0
      ? markup`<p class="pemberitahuan">${t('hiddenColumns', lang).replace('{cols}', p.hiddenColumns.join(', '))}</p>`
      : '';
  if (p.rows.length === 0 || p.columns.length === 0) {
    return markup`${hidden}<p class="kosong">${t('noPreviewRows', lang)}</p>`;
  }
  const note = t('previewNote', lang)
    .replace('{n}', formatNumber(p.rows.length, lang))
    .replace('{total}', formatNumber(item.entry.rowCount, lang));
  const head = p.columns.map(
    (c) => markup`<th scope="col" title="${c.name}">${c.label || c.name}</th>`,
  );
  const rows = p.rows.map(
    (r) =>
      markup`<tr>${r.map((cell, i) => markup`<td class="${numeric[i] ? 'angka-sel' : ''}" title="${cell}">${cell}</td>`)}</tr>`,
  );
  return markup`${hidden}<p class="catatan">${note}</p><div class="tabel-bungkus"><table class="pratinjau"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function dictionaryHtml(item: CatalogItem, lang: CatalogLang): SafeHtml {
  const cols = item.entry.columns;
  if (cols.length === 0) return markup`<p class="kosong">—</p>`;
  const fromDoc = new Map<string, Record<string, unknown>>();
  const kolom = item.entry.metadata?.['kolom'];
  if (Array.isArray(kolom)) {
    for (const k of kolom as unknown[]) {
      if (typeof k !== 'object' || k === null) continue;
      const rec = k as Record<string, unknown>;
      if (typeof rec['nama'] === 'string') fromDoc.set(rec['nama'], rec);
    }
  }
  const s = (v: unknown): string => (typeof v === 'string' ? v : '');
  const headers = [
    'No.',
    lt(lang, 'Kolom', 'Column'),
    lt(lang, 'Tipe', 'Type'),
    lt(lang, 'Konsep', 'Concept'),
    lt(lang, 'Definisi', 'Definition'),
    lt(lang, 'Klasifikasi', 'Classification'),
    lt(lang, 'Ukuran', 'Measure'),
    lt(lang, 'Satuan', 'Unit'),
  ].map((h) => markup`<th scope="col">${h}</th>`);
  const rows = cols.map((c, i) => {
    const k = fromDoc.get(c.name) ?? {};
    const name = c.label && c.label !== c.name ? markup`<br><code>${c.name}</code>` : '';
    const personal = c.personal ? markup`<span class="pribadi">${t('personal', lang)}</span>` : '';
    const cells = [
      typeLabel(c.type ?? s(k['tipe_data']), lang),
      c.konsep ?? s(k['konsep']),
      c.definisi ?? s(k['definisi']),
      c.klasifikasi ?? s(k['klasifikasi']),
      c.ukuran ?? s(k['ukuran']),
      c.satuan ?? s(k['satuan']),
    ].map((v) => markup`<td>${v}</td>`);
    return markup`<tr><td>${i + 1}</td><td><b>${c.label || c.name}</b>${name}${personal}</td>${cells}</tr>`;
  });
  return markup`<div class="tabel-bungkus"><table class="grid"><thead><tr>${headers}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A score 0–100 as a small SVG bar (no inline style, so the CSP can forbid them). */
function scoreBar(score: number): SafeHtml {
  const level = score >= 85 ? 'baik' : score >= 60 ? 'sedang' : 'kurang';
  return markup`<svg class="skor-batang" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><rect class="latar" x="0" y="0" width="100" height="8" rx="2"></rect><rect class="${level}" x="0" y="0" width="${score}" height="8" rx="2"></rect></svg>`;
}

function validationHtml(item: CatalogItem, lang: CatalogLang): SafeHtml {
  const v = item.entry.validation;
  if (!v) return markup`<p class="kosong">${t('notValidated', lang)}</p>`;
  const note = `${t('validatedAt', lang)} ${formatDate(v.at, lang)} · ${t('errors', lang)}: ${formatNumber(v.errors, lang)} · ${t('warnings', lang)}: ${formatNumber(v.warnings, lang)} · Info: ${formatNumber(v.infos, lang)}`;
  const rows = principleRows(v.byPrinciple, lang).map((r) => {
    const score = Math.max(0, Math.min(100, Math.round(r.score)));
    return markup`<tr><th scope="row">${r.label}</th><td>${scoreBar(score)}</td><td class="n">${score}/100</td><td class="n">${formatNumber(r.errors, lang)}</td><td class="n">${formatNumber(r.warnings, lang)}</td></tr>`;
  });
  return markup`<p class="catatan">${note}</p>
<table class="skor"><thead><tr><th scope="col">${t('principle', lang)}</th><th scope="col" colspan="2">${t('score', lang)}</th><th scope="col" class="n">${t('errors', lang)}</th><th scope="col" class="n">${t('warnings', lang)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function downloadsHtml(
  item: CatalogItem,
  files: readonly SiteDownload[],
  lang: CatalogLang,
): SafeHtml {
  if (!item.access.downloadable) return withheldNotice(item, lang);
  if (files.length === 0) return markup`<p class="kosong">${t('noDownloads', lang)}</p>`;
  const list = files.map(
    (f) =>
      markup`<li><a href="${relativeHref('..', f.href)}" download>${f.format.toUpperCase()} · ${f.fileName}</a><span class="ukuran">${formatBytes(f.bytes, lang)}</span></li>`,
  );
  return markup`<ul class="unduhan">${list}</ul>`;
}

function factsHtml(item: CatalogItem, lang: CatalogLang): SafeHtml {
  const e = item.entry;
  const written = item.access.written ? ` ("${item.access.written}")` : '';
  const facts: [string, string | undefined][] = [
    [t('access', lang), item.accessLabel + written],
    [t('producer', lang), item.producer],
    [t('publisher', lang), item.publisher],
    [t('period', lang), item.period],
    [t('frequency', lang), item.frequency],
    [t('license', lang), item.license],
    [t('rows', lang), formatNumber(e.rowCount, lang)],
    [t('columns', lang), formatNumber(e.columns.length, lang)],
    [t('version', lang), String(e.version)],
    [t('imported', lang), formatDate(e.importedAt, lang)],
    [t('sourceFile', lang), e.fileName],
    [
      t('completeness', lang),
      e.metadataComplete !== undefined ? formatPercent(e.metadataComplete, lang) : undefined,
    ],
  ];
  return markup`<dl class="fakta">${facts.map(([k, v]) => (v ? markup`<div><dt>${k}</dt><dd>${v}</dd></div>` : ''))}</dl>`;
}

export function datasetPage(
  item: CatalogItem,
  files: readonly SiteDownload[],
  opts: { lang: CatalogLang; siteTitle: string; organisation?: string; generatedAt: string },
): string {
  const { lang } = opts;
  const doc = item.entry.metadata ?? {};
  const profileName =
    item.entry.profile ?? (typeof doc['profil'] === 'string' ? doc['profil'] : undefined);
  const sections = metadataSections(profileOrDefault(profileName), doc, {
    lang,
    includePrivate: false,
    showEmpty: false,
    skip: ['kolom', 'judul', 'deskripsi'],
  });
  const metadata =
    sections.length > 0
      ? sectionsHtml(sections, lang)
      : markup`<p class="kosong">${t('noMetadata', lang)}</p>`;
  const chart = item.preview && item.entry.chart ? chartSvg(item.entry.chart, lang) : undefined;
  const chartPanel =
    chart && chart.value !== '' && item.entry.chart
      ? markup`<section class="panel"><h2>${t('chart', lang)}: ${item.entry.chart.column}</h2>${chart}</section>`
      : '';
  const body = markup`<nav class="jejak" aria-label="breadcrumb"><a href="../index.html">${t('home', lang)}</a> › <span>${item.title}</span></nav>
<h1 class="judul-dataset">${item.title}</h1>
${badges(item, lang)}
<div class="tata">
<div>
<section class="panel"><h2>${t('metadata', lang)}</h2>
${item.description ? markup`<p>${item.description}</p>` : ''}
${metadata}
</section>
<section class="panel"><h2>${t('dictionary', lang)}</h2>${dictionaryHtml(item, lang)}</section>
<section class="panel"><h2>${t('validation', lang)}</h2>${validationHtml(item, lang)}</section>
<section class="panel" id="pratinjau"><h2>${t('preview', lang)}</h2>${previewHtml(item, lang)}</section>
${chartPanel}
</div>
<aside>
<section class="panel" id="unduhan"><h2>${t('downloads', lang)}</h2>${downloadsHtml(item, files, lang)}</section>
<section class="panel"><h2>${t('summary', lang)}</h2>${factsHtml(item, lang)}</section>
<p><a href="../index.html">${t('back', lang)}</a></p>
</aside>
</div>`;
  const parts: PageParts = {
    lang,
    title: `${item.title} — ${opts.siteTitle}`,
    siteTitle: opts.siteTitle,
    root: '../',
    withScript: false,
    body,
    generatedAt: opts.generatedAt,
    isIndex: false,
  };
  if (opts.organisation) parts.organisation = opts.organisation;
  return page(parts);
}

/** Where each download of `item` goes in the site (`berkas/<slug>/<safe name>`), in order. */
export function plannedDownloads(item: CatalogItem): SiteDownload[] {
  const used = new Set<string>();
  return item.entry.downloads.map((d) => {
    let name = safeFileName(d.fileName, `${item.slug}.${safeFileName(d.format, 'dat')}`);
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      name = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
    }
    used.add(name.toLowerCase());
    return {
      format: d.format,
      fileName: name,
      href: `berkas/${item.slug}/${name}`,
      bytes: d.bytes,
    };
  });
}

/**
 * Write the files of the allowed datasets under `berkas/<slug>/` and return the links per
 * dataset id. Nothing is written for a dataset the access rule withholds. A download whose
 * writer fails is left out with a warning.
 */
export async function writeDownloads(
  dir: string,
  items: readonly CatalogItem[],
): Promise<{ files: Map<string, SiteDownload[]>; written: string[]; warnings: CatalogWarning[] }> {
  const files = new Map<string, SiteDownload[]>();
  const written: string[] = [];
  const warnings: CatalogWarning[] = [];
  for (const item of items) {
    if (!item.access.downloadable) continue;
    const list: SiteDownload[] = [];
    const planned = plannedDownloads(item);
    for (const [k, d] of item.entry.downloads.entries()) {
      const plan = planned[k];
      if (!plan) continue;
      const folder = join(dir, 'berkas', item.slug);
      const target = join(folder, plan.fileName);
      try {
        await mkdir(folder, { recursive: true });
        await d.write(target);
        const bytes = (await stat(target)).size;
        list.push({ ...plan, bytes });
        written.push(target);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        warnings.push({
          datasetId: item.id,
          code: 'berkas-gagal-ditulis',
          message: `Berkas ${d.fileName} untuk "${item.title}" tidak dapat ditulis dan tidak ditautkan: ${why}`,
          messageEn: `File ${d.fileName} of "${item.title}" could not be written and is not linked: ${why}`,
        });
      }
    }
    files.set(item.id, list);
  }
  return { files, written, warnings };
}

/** The site into `dir` (an empty folder); returns the files written. */
export async function writeSite(
  dir: string,
  items: readonly CatalogItem[],
  catalogFiles: readonly SiteLink[],
  options: Pick<CatalogOptions, 'title' | 'organisation'> & {
    lang: CatalogLang;
    generatedAt: string;
  },
): Promise<{
  written: string[];
  warnings: CatalogWarning[];
  downloads: Map<string, SiteDownload[]>;
}> {
  const opts = {
    lang: options.lang,
    siteTitle: options.title?.trim() || t('defaultTitle', options.lang),
    generatedAt: options.generatedAt,
    ...(options.organisation ? { organisation: options.organisation } : {}),
  };
  const written: string[] = [];
  const put = async (rel: string, content: string): Promise<void> => {
    const path = join(dir, rel);
    await writeFile(path, content, { encoding: 'utf8', flag: 'wx' });
    written.push(path);
  };
  await put(SITE_MARKER_FILE, 'Katalog Data — Satu Data Workbench\n');
  await put(SITE_CSS_FILE, SITE_CSS);
  await put(SITE_JS_FILE, SITE_JS);
  const downloads = await writeDownloads(dir, items);
  written.push(...downloads.written);
  await mkdir(join(dir, 'dataset'), { recursive: true });
  for (const item of items) {
    await put(item.pagePath, datasetPage(item, downloads.files.get(item.id) ?? [], opts));
  }
  await put('index.html', indexPage(items, catalogFiles, opts));
  return { written, warnings: downloads.warnings, downloads: downloads.files };
}
