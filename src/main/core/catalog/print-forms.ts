/**
 * Printable Indonesian documents: the dataset metadata (Formulir Metadata Dataset) and the BPS
 * statistical metadata forms MS-Keg, MS-Var and MS-Ind (Peraturan BPS No. 5/2020), each built
 * as a `PrintDocument` (title, sections of label/value lines and tables, signature block) and
 * rendered here to a standalone HTML page with print CSS, and by print-pdf.ts to PDF, so the
 * two always match.
 *
 * The HTML has no script and no external resource; its only style block is allowed by its
 * sha256 in the Content-Security-Policy. Every value from a document is escaped.
 */
import { createHash } from 'node:crypto';
import type {
  CatalogColumn,
  CatalogLang,
  PrintBlock,
  PrintDocument,
  PrintField,
  PrintSection,
  PrintSignature,
  PrintTable,
} from '../../../shared/model/catalog';
import { formatDate, formatPercent } from './format';
import { join, markup, raw, type SafeHtml } from './html-escape';
import {
  classificationLabel,
  dictionaryColumns,
  metadataSections,
  NOT_FILLED,
  profileOrDefault,
  roleLabel,
  typeLabel,
} from './metadata-view';

type Json = Record<string, unknown>;

export interface PrintOptions {
  lang?: CatalogLang;
  /** letterhead lines (kop surat), e.g. ["PEMERINTAH KOTA BALIKPAPAN", "DINAS KOMUNIKASI …"] */
  letterhead?: string[];
  signature?: PrintSignature;
  /** ISO date-time printed in the footer (default: now) */
  generatedAt?: string;
  /** include personal contact fields (x-private); default true for forms the office signs */
  includePrivate?: boolean;
}

const T = {
  metadataTitle: { id: 'FORMULIR METADATA DATASET', en: 'DATASET METADATA FORM' },
  msKegTitle: {
    id: 'FORMULIR METADATA STATISTIK KEGIATAN (MS-KEG)',
    en: 'STATISTICAL ACTIVITY METADATA FORM (MS-KEG)',
  },
  msVarTitle: {
    id: 'FORMULIR METADATA STATISTIK VARIABEL (MS-VAR)',
    en: 'STATISTICAL VARIABLE METADATA FORM (MS-VAR)',
  },
  msIndTitle: {
    id: 'FORMULIR METADATA STATISTIK INDIKATOR (MS-IND)',
    en: 'STATISTICAL INDICATOR METADATA FORM (MS-IND)',
  },
  basisBps: {
    id: 'Peraturan BPS Nomor 5 Tahun 2020 tentang Petunjuk Teknis Metadata Statistik',
    en: 'BPS Regulation No. 5 of 2020 on Technical Guidelines for Statistical Metadata',
  },
  basisSdi: {
    id: 'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia',
    en: 'Presidential Regulation No. 39 of 2019 on Satu Data Indonesia',
  },
  legalBasis: { id: 'Dasar', en: 'Basis' },
  profile: { id: 'Profil metadata', en: 'Metadata profile' },
  datasetId: { id: 'ID dataset', en: 'Dataset ID' },
  version: { id: 'Versi data', en: 'Data version' },
  completeness: { id: 'Kelengkapan metadata', en: 'Metadata completeness' },
  dictionary: { id: 'Kamus Kolom (Standar Data)', en: 'Column Dictionary (Data Standard)' },
  noColumns: { id: 'Belum ada kolom yang dijelaskan.', en: 'No columns described yet.' },
  colNo: { id: 'No.', en: 'No.' },
  colName: { id: 'Nama kolom', en: 'Column' },
  colLabel: { id: 'Judul', en: 'Title' },
  colRole: { id: 'Peran', en: 'Role' },
  colType: { id: 'Tipe', en: 'Type' },
  colKonsep: { id: 'Konsep', en: 'Concept' },
  colDefinisi: { id: 'Definisi', en: 'Definition' },
  colKlasifikasi: { id: 'Klasifikasi', en: 'Classification' },
  colUkuran: { id: 'Ukuran', en: 'Measure' },
  colSatuan: { id: 'Satuan', en: 'Unit' },
  personal: { id: 'data pribadi', en: 'personal data' },
  notSurvey: {
    id: 'Tidak diisi: bagian ini hanya untuk kegiatan survei.',
    en: 'Not filled in: this part applies to surveys only.',
  },
  made: { id: 'Dicetak dari Satu Data Workbench pada', en: 'Printed from Satu Data Workbench on' },
  page: { id: 'Halaman', en: 'Page' },
  of: { id: 'dari', en: 'of' },
  approve: { id: 'Mengetahui,', en: 'Acknowledged by,' },
  nip: { id: 'NIP.', en: 'NIP' },
  dots: { id: '…………………………', en: '…………………………' },
  untitled: { id: '(tanpa judul)', en: '(untitled)' },
} as const;

export const PRINT_TEXT = T;

function text(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function footerLine(lang: CatalogLang, generatedAt: string | undefined): string {
  return `${T.made[lang]} ${formatDate(generatedAt ?? new Date().toISOString(), lang)}`;
}

function signatureOf(options: PrintOptions, lang: CatalogLang): PrintSignature {
  return { caption: T.approve[lang], ...options.signature };
}

/** The column dictionary as a table (personal-data columns are marked). */
export function dictionaryTable(
  columns: readonly CatalogColumn[],
  kolom: unknown,
  lang: CatalogLang,
): PrintTable {
  const cols = dictionaryColumns(columns, kolom);
  const hasRole = cols.some((c) => c.peran !== undefined);
  const header = [
    T.colNo[lang],
    T.colName[lang],
    T.colLabel[lang],
    ...(hasRole ? [T.colRole[lang]] : []),
    T.colType[lang],
    T.colKonsep[lang],
    T.colDefinisi[lang],
    T.colKlasifikasi[lang],
    T.colUkuran[lang],
    T.colSatuan[lang],
  ];
  return {
    caption: T.dictionary[lang],
    columns: header,
    widths: [0.7, 2, 1.6, ...(hasRole ? [1.1] : []), 1.1, 1.3, 2.6, 1.4, 1, 1],
    emptyText: T.noColumns[lang],
    rows: cols.map((c, i) => [
      String(i + 1),
      c.personal ? `${c.name} (${T.personal[lang]})` : c.name,
      c.label === c.name ? '' : c.label,
      ...(hasRole ? [roleLabel(c.peran, lang)] : []),
      typeLabel(c.type, lang),
      c.konsep ?? '',
      c.definisi ?? '',
      classificationLabel(c.klasifikasi, lang),
      c.ukuran ?? '',
      c.satuan ?? '',
    ]),
  };
}

export interface MetadataPrintInput {
  metadata?: Json;
  profile?: string;
  columns?: CatalogColumn[];
  /** dataset id, name, version and completeness for the identification lines */
  id?: string;
  name?: string;
  version?: number;
  /** 0..1 */
  metadataComplete?: number;
}

/** The dataset metadata (sdi-dataset or a regional profile) as a printable document. */
export function buildMetadataDocument(
  input: MetadataPrintInput,
  options: PrintOptions = {},
): PrintDocument {
  const lang = options.lang ?? 'id';
  const doc = input.metadata ?? {};
  const profile = profileOrDefault(input.profile ?? text(doc['profil']));
  const identity: PrintField[] = [{ label: T.profile[lang], value: profile.summary.title[lang] }];
  if (input.id !== undefined)
    identity.push({ label: T.datasetId[lang], value: input.id, mono: true });
  if (input.version !== undefined)
    identity.push({ label: T.version[lang], value: String(input.version) });
  if (input.metadataComplete !== undefined) {
    identity.push({
      label: T.completeness[lang],
      value: formatPercent(input.metadataComplete, lang),
    });
  }
  identity.push({ label: T.legalBasis[lang], value: T.basisSdi[lang] });
  const sections = metadataSections(profile, doc, {
    lang,
    includePrivate: options.includePrivate ?? true,
    showEmpty: true,
    skip: ['kolom'],
  });
  sections.push({
    heading: T.dictionary[lang],
    blocks: [
      {
        kind: 'table',
        table: { ...dictionaryTable(input.columns ?? [], doc['kolom'], lang), caption: '' },
      },
    ],
  });
  const title = text(doc['judul']) ?? input.name ?? T.untitled[lang];
  const out: PrintDocument = {
    lang,
    title: T.metadataTitle[lang],
    subtitle: title,
    identity,
    sections: numberSections(sections),
    signature: signatureOf(options, lang),
    footer: footerLine(lang, options.generatedAt),
  };
  if (options.letterhead) out.letterhead = options.letterhead;
  return out;
}

/** "A. Identitas", "B. …" unless the profile numbers its groups itself (MS-Keg: "1. …"). */
function numberSections(sections: PrintSection[]): PrintSection[] {
  if (sections.some((s) => /^\d/.test(s.heading))) return sections;
  return sections.map((s, i) => ({
    ...s,
    heading: `${String.fromCharCode(65 + (i % 26))}. ${s.heading}`,
  }));
}

function buildStatistikDocument(
  profileName: 'bps-ms-keg' | 'bps-ms-var' | 'bps-ms-ind',
  title: string,
  subtitle: string,
  doc: Json,
  options: PrintOptions,
): PrintDocument {
  const lang = options.lang ?? 'id';
  const profile = profileOrDefault(profileName);
  const notSurvey = text(doc['cara_pengumpulan_data']) !== 'survei';
  const sections = metadataSections(profile, doc, {
    lang,
    includePrivate: options.includePrivate ?? true,
    showEmpty: true,
    emptyGroupNote: (g) => (g === 'desain_sampel' && notSurvey ? T.notSurvey[lang] : undefined),
  });
  const out: PrintDocument = {
    lang,
    title,
    subtitle,
    identity: [
      { label: T.profile[lang], value: profile.summary.title[lang] },
      { label: T.legalBasis[lang], value: T.basisBps[lang] },
    ],
    sections: numberSections(sections),
    signature: signatureOf(options, lang),
    footer: footerLine(lang, options.generatedAt),
  };
  if (options.letterhead) out.letterhead = options.letterhead;
  return out;
}

export function buildMsKegDocument(doc: Json, options: PrintOptions = {}): PrintDocument {
  const lang = options.lang ?? 'id';
  const judul = text(doc['judul_kegiatan']) ?? T.untitled[lang];
  const tahun = text(doc['tahun_kegiatan']);
  return buildStatistikDocument(
    'bps-ms-keg',
    T.msKegTitle[lang],
    tahun ? `${judul} ${lang === 'id' ? 'Tahun' : 'Year'} ${tahun}` : judul,
    doc,
    options,
  );
}

export function buildMsVarDocument(doc: Json, options: PrintOptions = {}): PrintDocument {
  const lang = options.lang ?? 'id';
  return buildStatistikDocument(
    'bps-ms-var',
    T.msVarTitle[lang],
    text(doc['nama']) ?? T.untitled[lang],
    doc,
    options,
  );
}

export function buildMsIndDocument(doc: Json, options: PrintOptions = {}): PrintDocument {
  const lang = options.lang ?? 'id';
  return buildStatistikDocument(
    'bps-ms-ind',
    T.msIndTitle[lang],
    text(doc['nama']) ?? T.untitled[lang],
    doc,
    options,
  );
}

// ── HTML ───────────────────────────────────────────────────────────────────────────────────

function fieldValueHtml(f: PrintField, lang: CatalogLang): SafeHtml {
  if (f.empty) {
    return f.required
      ? markup`<span class="kosong">— ${NOT_FILLED[lang]}</span>`
      : markup`<span class="kosong">—</span>`;
  }
  const cls = f.mono ? 'mono' : '';
  if (Array.isArray(f.value)) {
    return markup`<ul class="baris ${cls}">${f.value.map((v) => markup`<li>${v}</li>`)}</ul>`;
  }
  return cls ? markup`<span class="${cls}">${f.value}</span>` : markup`${f.value}`;
}

const REQUIRED_MARK = raw('<span class="wajib" title="wajib">*</span>');

export function fieldsHtml(fields: readonly PrintField[], lang: CatalogLang): SafeHtml {
  const rows = fields.map(
    (f) =>
      markup`<tr><th scope="row">${f.label}${f.required ? REQUIRED_MARK : ''}</th><td>${fieldValueHtml(f, lang)}</td></tr>`,
  );
  return markup`<table class="isian"><tbody>${rows}</tbody></table>`;
}

export function tableHtml(t: PrintTable): SafeHtml {
  const total = (t.widths ?? []).reduce((a, b) => a + b, 0);
  const share = (w: number): number => Math.max(1, Math.min(60, Math.round((w / total) * 60)));
  const colgroup =
    t.widths && t.widths.length === t.columns.length && total > 0
      ? markup`<colgroup>${t.widths.map((w) => markup`<col class="w${share(w)}">`)}</colgroup>`
      : '';
  const body =
    t.rows.length === 0
      ? markup`<tr><td class="kosong" colspan="${t.columns.length}">${t.emptyText ?? '—'}</td></tr>`
      : t.rows.map((r) => markup`<tr>${r.map((c) => markup`<td>${c}</td>`)}</tr>`);
  const caption = t.caption ? markup`<caption>${t.caption}</caption>` : '';
  const head = t.columns.map((c) => markup`<th scope="col">${c}</th>`);
  return markup`<div class="tabel-bungkus"><table class="grid">${caption}${colgroup}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function blockHtml(b: PrintBlock, lang: CatalogLang): SafeHtml {
  if (b.kind === 'fields') return fieldsHtml(b.fields, lang);
  if (b.kind === 'table') return tableHtml(b.table);
  return markup`<p class="${b.muted ? 'catatan' : ''}">${b.text}</p>`;
}

export function sectionsHtml(sections: readonly PrintSection[], lang: CatalogLang): SafeHtml {
  return join(
    sections.map(
      (s) =>
        markup`<section class="bagian"><h2>${s.heading}</h2>${s.blocks.map((b) => blockHtml(b, lang))}</section>`,
    ),
    '\n',
  );
}

/** Signature date: an ISO date is written out ("12 Maret 2025"), free text kept. */
export function signatureDate(s: PrintSignature, lang: CatalogLang): string {
  return s.tanggal ? formatDate(s.tanggal, lang) : T.dots[lang];
}

function signatureHtml(s: PrintSignature, lang: CatalogLang): SafeHtml {
  const dots = T.dots[lang];
  return markup`<div class="ttd"><div class="ttd-isi">
<p>${s.tempat ?? dots}, ${signatureDate(s, lang)}</p>
${s.caption ? markup`<p>${s.caption}</p>` : ''}
<p class="jabatan">${s.jabatan ?? dots}</p>
<div class="ruang-ttd"></div>
<p class="nama">${s.nama ?? dots}</p>
<p>${T.nip[lang]} ${s.nip ?? dots}</p>
</div></div>`;
}

const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { background: #e9edf2; }
body { margin: 0; font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 11.5pt; line-height: 1.4; color: #111; }
.halaman { background: #fff; width: 210mm; min-height: 297mm; margin: 12mm auto; padding: 16mm 16mm 20mm; box-shadow: 0 2px 12px rgba(0,0,0,.18); }
.kop { text-align: center; border-bottom: 3px double #111; padding-bottom: 6px; margin-bottom: 14px; }
.kop p { margin: 0; font-weight: bold; letter-spacing: .02em; }
.kop p:first-child { font-size: 13pt; }
.kop p + p { font-size: 12pt; }
h1 { font-size: 13.5pt; text-align: center; margin: 10px 0 2px; letter-spacing: .03em; }
.subjudul { text-align: center; font-size: 12pt; font-weight: bold; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; }
.identitas { margin: 0 0 14px; font-size: 10.5pt; }
.identitas th { text-align: left; font-weight: normal; width: 30%; padding: 1px 6px 1px 0; vertical-align: top; }
.identitas td { padding: 1px 0; }
.identitas td::before { content: ": "; }
.bagian { margin: 0 0 12px; }
h2 { font-size: 11.5pt; margin: 14px 0 6px; padding: 3px 6px; background: #e6e6e6; border-left: 4px solid #333; break-after: avoid; page-break-after: avoid; }
.isian th, .isian td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; }
.isian th { width: 34%; font-weight: normal; background: #f6f6f6; }
.isian tr { break-inside: avoid; page-break-inside: avoid; }
.wajib { color: #a00; margin-left: 2px; }
.kosong { color: #777; font-style: italic; }
.catatan { color: #555; font-style: italic; margin: 4px 0; }
.baris { margin: 0; padding-left: 18px; }
.mono { font-family: "Liberation Mono", "Courier New", monospace; font-size: 10pt; }
.tabel-bungkus { margin: 6px 0 8px; }
.grid { font-size: 10pt; }
.grid caption { text-align: left; font-weight: bold; padding: 2px 0 4px; }
.grid th, .grid td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: break-word; }
.grid thead th { background: #e6e6e6; }
.grid thead { display: table-header-group; }
.grid tr { break-inside: avoid; page-break-inside: avoid; }
${Array.from({ length: 60 }, (_, i) => `.w${i + 1} { width: ${(((i + 1) / 60) * 100).toFixed(2)}%; }`).join('\n')}
.ttd { display: flex; justify-content: flex-end; margin-top: 26px; break-inside: avoid; page-break-inside: avoid; }
.ttd-isi { width: 78mm; }
.ttd-isi p { margin: 0; }
.ruang-ttd { height: 24mm; }
.nama { font-weight: bold; text-decoration: underline; }
.kaki { margin-top: 18px; border-top: 1px solid #bbb; padding-top: 4px; font-size: 8.5pt; color: #555; }
@media print {
  html { background: #fff; }
  .halaman { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`;

export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** A standalone HTML page of the document, A4 with print CSS. */
export function renderPrintHtml(doc: PrintDocument): string {
  const lang = doc.lang;
  const csp = `default-src 'none'; style-src ${styleHash(PRINT_CSS)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const letterhead =
    doc.letterhead && doc.letterhead.length > 0
      ? markup`<header class="kop">${doc.letterhead.map((l) => markup`<p>${l}</p>`)}</header>`
      : '';
  const identity =
    doc.identity && doc.identity.length > 0
      ? markup`<table class="identitas"><tbody>${doc.identity.map(
          (f) =>
            markup`<tr><th scope="row">${f.label}</th><td>${Array.isArray(f.value) ? f.value.join(', ') : f.value}</td></tr>`,
        )}</tbody></table>`
      : '';
  const page = markup`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Satu Data Workbench">
<title>${doc.title}${doc.subtitle ? ` — ${doc.subtitle}` : ''}</title>
<style>${raw(PRINT_CSS)}</style>
</head>
<body>
<main class="halaman">
${letterhead}
<h1>${doc.title}</h1>
${doc.subtitle ? markup`<p class="subjudul">${doc.subtitle}</p>` : ''}
${identity}
${sectionsHtml(doc.sections, lang)}
${doc.signature ? signatureHtml(doc.signature, lang) : ''}
${doc.footer ? markup`<footer class="kaki">${doc.footer}</footer>` : ''}
</main>
</body>
</html>
`;
  return page.value;
}

export function printMetadataHtml(input: MetadataPrintInput, options: PrintOptions = {}): string {
  return renderPrintHtml(buildMetadataDocument(input, options));
}

export function printMsKegHtml(doc: Json, options: PrintOptions = {}): string {
  return renderPrintHtml(buildMsKegDocument(doc, options));
}

export function printMsVarHtml(doc: Json, options: PrintOptions = {}): string {
  return renderPrintHtml(buildMsVarDocument(doc, options));
}

export function printMsIndHtml(doc: Json, options: PrintOptions = {}): string {
  return renderPrintHtml(buildMsIndDocument(doc, options));
}
