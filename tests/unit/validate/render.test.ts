import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/model/finding';
import { buildReport } from '../../../src/main/core/validate/report';
import { escapeHtml, renderReportHtml } from '../../../src/main/core/validate/render-html';
import { renderReportText } from '../../../src/main/core/validate/render-text';

const evil = '<script>alert("x")</script> & \'q\'';

function report() {
  const findings: Finding[] = [
    {
      code: 'kode-nama-tidak-cocok',
      severity: 'error',
      category: 'reference',
      row: 17,
      column: evil,
      columnIndex: 5,
      value: evil,
      message: `Kode 64.71.02 adalah "Balikpapan Barat", tetapi namanya tertulis "${evil}".`,
      suggestion: 'BALIKPAPAN BARAT',
    },
    {
      code: 'nilai-wajib-kosong',
      severity: 'error',
      category: 'constraint',
      row: 13,
      rows: [13, 14],
      count: 2,
      column: 'satuan',
      columnIndex: 8,
      value: '',
      message: 'Sel kosong pada kolom wajib "satuan". (2 baris)',
      suggestion: null,
    },
    {
      code: 'metadata-tidak-ada',
      severity: 'warning',
      category: 'metadata',
      row: null,
      column: null,
      columnIndex: null,
      value: null,
      message: 'Dataset ini belum memiliki metadata.',
      suggestion: null,
    },
  ];
  return buildReport(findings, { rowCount: 26, lang: 'id' });
}

describe('renderReportHtml', () => {
  it('is a printable Indonesian document: summary per principle, then findings by rule', () => {
    const html = renderReportHtml(report(), {
      datasetName: 'penduduk.csv',
      generatedAt: '2025-01-01T00:00:00Z',
    });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<h1>Laporan Kualitas Data</h1>');
    for (const p of [
      'Standar Data',
      'Metadata',
      'Interoperabilitas Data',
      'Kode Referensi',
      'Privasi',
    ]) {
      expect(html).toContain(`<td>${p}</td>`);
    }
    expect(html).toContain('Kode dan nama wilayah tidak cocok');
    expect(html).toContain('<code>nilai-wajib-kosong</code>');
    expect(html).toContain('<td>13, 14</td>');
    expect(html).toContain('@media print');
    expect(html.indexOf('kode-nama-tidak-cocok')).toBeLessThan(html.indexOf('metadata-tidak-ada'));
  });

  it('escapes every string from the data', () => {
    const html = renderReportHtml(report(), { datasetName: evil });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(escapeHtml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('renders in English on request', () => {
    const html = renderReportHtml(report(), { lang: 'en' });
    expect(html).toContain('<h1>Data Quality Report</h1>');
    expect(html).toContain('Reference Codes');
  });
});

describe('renderReportText', () => {
  it('prints the verdict, the scores and one line per finding', () => {
    const text = renderReportText(report(), { datasetName: 'penduduk.csv' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Laporan Kualitas Data — penduduk.csv');
    expect(lines[1]).toBe('TIDAK VALID — 2 galat, 1 peringatan, 0 info · 26 baris data');
    expect(lines[2]).toMatch(/^Skor: Standar Data \d+ · Metadata \d+ · /);
    expect(text).toContain('[GALAT] Kode dan nama wilayah tidak cocok (kode-nama-tidak-cocok)');
    expect(text).toContain(
      '  baris 13, 14, kolom "satuan": Sel kosong pada kolom wajib "satuan". (2 baris)',
    );
    expect(text).toContain('    saran: BALIKPAPAN BARAT');
  });
});
