/**
 * The printable report "Laporan Kualitas Data": a summary per Satu Data principle, then the
 * findings grouped by rule with the rule's help text and examples. One self-contained HTML
 * document (inline CSS, no scripts); every string from the data is escaped.
 */
import { catalogEntry, CATALOG, type Lang } from '../../../shared/issues/catalog';
import { escapeHtml } from '../catalog/html-escape';
import {
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITIES,
  SEVERITY_LABELS,
  type Finding,
  type Report,
} from '../../../shared/model/finding';

export interface RenderOptions {
  lang?: Lang;
  /** dataset or file name shown in the heading */
  datasetName?: string;
  /** ISO timestamp or Date; default: now */
  generatedAt?: string | Date;
  /** example findings per rule (default 20) */
  maxExamples?: number;
  /** rows listed per example (default 12) */
  maxRowsPerExample?: number;
}

const TEXT = {
  title: { id: 'Laporan Kualitas Data', en: 'Data Quality Report' },
  dataset: { id: 'Dataset', en: 'Dataset' },
  generated: { id: 'Dibuat', en: 'Generated' },
  rows: { id: 'Baris data', en: 'Data rows' },
  valid: { id: 'Memenuhi syarat: tidak ada galat.', en: 'Passes: no errors.' },
  invalid: {
    id: 'Belum memenuhi syarat: ada galat yang harus diperbaiki.',
    en: 'Does not pass: there are errors to fix.',
  },
  summary: { id: 'Ringkasan per prinsip Satu Data', en: 'Summary per Satu Data principle' },
  principle: { id: 'Prinsip', en: 'Principle' },
  score: { id: 'Skor', en: 'Score' },
  scoreNote: {
    id: 'Skor 0–100 per prinsip: setiap galat mengurangi 10–50 poin dan setiap peringatan 3–15 poin, makin banyak baris yang terkena makin besar; temuan tingkat kolom/dataset mengurangi 20 (galat) atau 6 (peringatan) poin. Info tidak mengurangi skor.',
    en: 'Score 0–100 per principle: each error costs 10–50 points and each warning 3–15, more for findings that cover more rows; column- or dataset-level findings cost 20 (error) or 6 (warning). Info costs nothing.',
  },
  findings: { id: 'Temuan per aturan', en: 'Findings by rule' },
  none: { id: 'Tidak ada temuan.', en: 'No findings.' },
  row: { id: 'Baris', en: 'Row' },
  column: { id: 'Kolom', en: 'Column' },
  value: { id: 'Nilai', en: 'Value' },
  message: { id: 'Pesan', en: 'Message' },
  suggestion: { id: 'Saran', en: 'Suggestion' },
  occurrences: { id: 'kemunculan', en: 'occurrences' },
  findingsWord: { id: 'temuan', en: 'findings' },
  more: { id: 'temuan lain tidak ditampilkan', en: 'more findings not shown' },
  andMore: { id: 'dan {n} lagi', en: 'and {n} more' },
} as const;

/** Every string from a file or metadata goes through the catalog's escaper (one escaper). */
export { escapeHtml };

function rowsText(f: Finding, max: number, lang: Lang): string {
  if (f.row === null) return '—';
  const rows = f.rows && f.rows.length > 0 ? f.rows : [f.row];
  const shown = rows.slice(0, max).join(', ');
  const rest = (f.count ?? rows.length) - Math.min(max, rows.length);
  return rest > 0 ? `${shown} ${TEXT.andMore[lang].replace('{n}', String(rest))}` : shown;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const CATALOG_ORDER = new Map(Object.keys(CATALOG).map((c, i) => [c, i]));

/** Findings grouped by code: errors first, then catalog order. */
export function groupByCode(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.code);
    if (g) g.push(f);
    else groups.set(f.code, [f]);
  }
  const worst = (fs: Finding[]): number => Math.min(...fs.map((f) => SEVERITY_RANK[f.severity]));
  return [...groups.entries()].sort(
    (a, b) =>
      worst(a[1]) - worst(b[1]) ||
      (CATALOG_ORDER.get(a[0]) ?? 999) - (CATALOG_ORDER.get(b[0]) ?? 999),
  );
}

const STYLE = `
  body { font: 11pt/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1c1c1c; margin: 2em; }
  h1 { font-size: 1.6em; margin: 0 0 .2em; }
  h2 { font-size: 1.2em; border-bottom: 2px solid #444; padding-bottom: .2em; margin-top: 1.6em; }
  h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
  code { font-family: ui-monospace, Consolas, monospace; font-size: .9em; color: #555; }
  table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
  th, td { border: 1px solid #bbb; padding: .25em .45em; text-align: left; vertical-align: top; }
  th { background: #eee; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .meta { color: #555; margin: 0; }
  .verdict { font-weight: 600; padding: .4em .6em; border-left: 4px solid; margin: 1em 0; }
  .verdict.ok { border-color: #2e7d32; background: #eef7ee; }
  .verdict.bad { border-color: #c62828; background: #fbeeee; }
  .sev { display: inline-block; font-size: .8em; padding: 0 .4em; border-radius: 3px; color: #fff; }
  .sev.error { background: #c62828; } .sev.warning { background: #b26a00; } .sev.info { background: #1565c0; }
  .help { margin: .2em 0 .4em; color: #333; }
  .note { color: #555; font-size: .9em; }
  article { break-inside: avoid-page; }
  @media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

export function renderReportHtml(report: Report, opts: RenderOptions = {}): string {
  const lang = opts.lang ?? report.lang ?? 'id';
  const maxExamples = opts.maxExamples ?? 20;
  const maxRows = opts.maxRowsPerExample ?? 12;
  const e = escapeHtml;
  const s = report.summary;
  const generated =
    opts.generatedAt instanceof Date
      ? opts.generatedAt.toISOString()
      : (opts.generatedAt ?? new Date().toISOString());
  const counts = SEVERITIES.map(
    (sev) =>
      `${sev === 'error' ? s.errors : sev === 'warning' ? s.warnings : s.infos} ${SEVERITY_LABELS[sev][lang].toLowerCase()}`,
  ).join(', ');

  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(TEXT.title[lang])}${opts.datasetName ? ` — ${e(opts.datasetName)}` : ''}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(TEXT.title[lang])}</h1>`,
  );
  if (opts.datasetName) {
    out.push(
      `<p class="meta">${e(TEXT.dataset[lang])}: <strong>${e(opts.datasetName)}</strong></p>`,
    );
  }
  out.push(`<p class="meta">${e(TEXT.generated[lang])}: ${e(generated)}</p>`);
  if (report.rowCount !== undefined) {
    out.push(`<p class="meta">${e(TEXT.rows[lang])}: ${report.rowCount}</p>`);
  }
  out.push(
    `<p class="verdict ${report.valid ? 'ok' : 'bad'}">${e(report.valid ? TEXT.valid[lang] : TEXT.invalid[lang])} (${e(counts)})</p>`,
    '</header>',
  );

  out.push('<section>', `<h2>${e(TEXT.summary[lang])}</h2>`, '<table>');
  out.push(
    `<thead><tr><th>${e(TEXT.principle[lang])}</th><th>${e(TEXT.score[lang])}</th>` +
      SEVERITIES.map((sev) => `<th>${e(SEVERITY_LABELS[sev][lang])}</th>`).join('') +
      '</tr></thead><tbody>',
  );
  for (const p of PRINCIPLES) {
    const b = s.byPrinciple[p];
    out.push(
      `<tr><td>${e(PRINCIPLE_LABELS[p][lang])}</td><td class="num">${b.score}</td>` +
        `<td class="num">${b.errors}</td><td class="num">${b.warnings}</td><td class="num">${b.infos}</td></tr>`,
    );
  }
  out.push('</tbody></table>', `<p class="note">${e(TEXT.scoreNote[lang])}</p>`, '</section>');

  out.push('<section>', `<h2>${e(TEXT.findings[lang])}</h2>`);
  const groups = groupByCode(report.findings);
  if (groups.length === 0) out.push(`<p>${e(TEXT.none[lang])}</p>`);
  for (const [code, fs] of groups) {
    const entry = catalogEntry(code);
    const sev = fs[0]?.severity ?? entry?.severity ?? 'info';
    const occurrences = fs.reduce((n, f) => n + (f.count ?? 1), 0);
    out.push(
      '<article>',
      `<h3><span class="sev ${sev}">${e(SEVERITY_LABELS[sev][lang])}</span> ${e(entry ? entry.title[lang] : code)} <code>${e(code)}</code></h3>`,
    );
    if (entry) out.push(`<p class="help">${e(entry.help[lang])}</p>`);
    out.push(
      `<p class="note">${fs.length} ${e(TEXT.findingsWord[lang])}, ${occurrences} ${e(TEXT.occurrences[lang])}</p>`,
      '<table>',
      `<thead><tr><th>${e(TEXT.row[lang])}</th><th>${e(TEXT.column[lang])}</th><th>${e(TEXT.value[lang])}</th><th>${e(TEXT.message[lang])}</th><th>${e(TEXT.suggestion[lang])}</th></tr></thead><tbody>`,
    );
    for (const f of fs.slice(0, maxExamples)) {
      out.push(
        `<tr><td>${e(rowsText(f, maxRows, lang))}</td><td>${e(f.column ?? '—')}</td>` +
          `<td>${e(f.value ?? '')}</td><td>${e(f.message)}</td><td>${e(f.suggestion ?? '')}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
    if (fs.length > maxExamples) {
      out.push(`<p class="note">${fs.length - maxExamples} ${e(TEXT.more[lang])}</p>`);
    }
    out.push('</article>');
  }
  out.push('</section>', '</body>', '</html>');
  return out.join('\n') + '\n';
}
