/**
 * The report as plain text for the terminal (`satudata validate --format text`): the verdict,
 * the scores per principle, then one line per finding grouped by rule.
 */
import { catalogEntry, type Lang } from '../../../shared/issues/catalog';
import {
  PRINCIPLE_LABELS,
  PRINCIPLES,
  SEVERITY_LABELS,
  type Finding,
  type Report,
} from '../../../shared/model/finding';
import { groupByCode } from './render-html';

export interface TextRenderOptions {
  lang?: Lang;
  datasetName?: string;
  /** findings printed per rule (default 50) */
  maxPerRule?: number;
  /** rows listed per finding (default 10) */
  maxRows?: number;
}

const TEXT = {
  title: { id: 'Laporan Kualitas Data', en: 'Data Quality Report' },
  valid: { id: 'VALID', en: 'VALID' },
  invalid: { id: 'TIDAK VALID', en: 'NOT VALID' },
  rows: { id: 'baris data', en: 'data rows' },
  scores: { id: 'Skor', en: 'Scores' },
  row: { id: 'baris', en: 'row' },
  column: { id: 'kolom', en: 'column' },
  suggestion: { id: 'saran', en: 'suggestion' },
  more: { id: 'temuan lain', en: 'more findings' },
  none: { id: 'Tidak ada temuan.', en: 'No findings.' },
  andMore: { id: 'dan {n} lagi', en: 'and {n} more' },
} as const;

function where(f: Finding, maxRows: number, lang: Lang): string {
  const parts: string[] = [];
  if (f.row !== null) {
    const rows = f.rows && f.rows.length > 0 ? f.rows : [f.row];
    let text = rows.slice(0, maxRows).join(', ');
    const rest = (f.count ?? rows.length) - Math.min(rows.length, maxRows);
    if (rest > 0) text += ` ${TEXT.andMore[lang].replace('{n}', String(rest))}`;
    parts.push(`${TEXT.row[lang]} ${text}`);
  }
  if (f.column !== null) parts.push(`${TEXT.column[lang]} "${f.column}"`);
  return parts.join(', ');
}

export function renderReportText(report: Report, opts: TextRenderOptions = {}): string {
  const lang = opts.lang ?? report.lang ?? 'id';
  const maxPerRule = opts.maxPerRule ?? 50;
  const maxRows = opts.maxRows ?? 10;
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`${TEXT.title[lang]}${opts.datasetName ? ` — ${opts.datasetName}` : ''}`);
  const counts = `${s.errors} ${SEVERITY_LABELS.error[lang].toLowerCase()}, ${s.warnings} ${SEVERITY_LABELS.warning[lang].toLowerCase()}, ${s.infos} ${SEVERITY_LABELS.info[lang].toLowerCase()}`;
  const rows = report.rowCount !== undefined ? ` · ${report.rowCount} ${TEXT.rows[lang]}` : '';
  lines.push(`${report.valid ? TEXT.valid[lang] : TEXT.invalid[lang]} — ${counts}${rows}`);
  lines.push(
    `${TEXT.scores[lang]}: ` +
      PRINCIPLES.map((p) => `${PRINCIPLE_LABELS[p][lang]} ${s.byPrinciple[p].score}`).join(' · '),
  );
  lines.push('');
  const groups = groupByCode(report.findings);
  if (groups.length === 0) lines.push(TEXT.none[lang]);
  for (const [code, fs] of groups) {
    const entry = catalogEntry(code);
    const sev = fs[0]?.severity ?? 'info';
    lines.push(
      `[${SEVERITY_LABELS[sev][lang].toUpperCase()}] ${entry ? entry.title[lang] : code} (${code})`,
    );
    for (const f of fs.slice(0, maxPerRule)) {
      const at = where(f, maxRows, lang);
      lines.push(`  ${at ? `${at}: ` : ''}${f.message}`);
      if (f.suggestion) lines.push(`    ${TEXT.suggestion[lang]}: ${f.suggestion}`);
    }
    if (fs.length > maxPerRule) lines.push(`  … ${fs.length - maxPerRule} ${TEXT.more[lang]}`);
  }
  return lines.join('\n') + '\n';
}
