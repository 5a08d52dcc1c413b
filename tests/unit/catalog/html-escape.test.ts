import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  join,
  jsonForScript,
  jsonScript,
  markup,
  raw,
  relativeHref,
  safeFileName,
  SafeHtml,
} from '../../../src/main/core/catalog/html-escape';

const XSS = `<img src=x onerror=alert(1)>`;

describe('escapeHtml', () => {
  it('escapes every character that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<>&"'\``)).toBe('&lt;&gt;&amp;&quot;&#39;&#96;');
    expect(escapeHtml(XSS)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('a\0b')).toBe('a\uFFFDb');
    expect(escapeHtml('Kota Balikpapan')).toBe('Kota Balikpapan');
  });
});

describe('markup template', () => {
  it('escapes strings, numbers, booleans and arrays, drops null/undefined/false', () => {
    const out = markup`<p title="${XSS}">${XSS}${42}${true}${null}${undefined}${false}${[XSS, '<b>']}</p>`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;42true&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;</p>',
    );
  });

  it('keeps nested templates and raw markup as they are', () => {
    const inner = markup`<b>${'<i>'}</b>`;
    expect(markup`<p>${inner}${raw('<br>')}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br></p>');
    expect(join([markup`<a>`, '<x>'], raw('|')).value).toBe('<a>|&lt;x&gt;');
  });

  it('cannot break out of a quoted attribute', () => {
    const out = markup`<a href="x" title="${'" onmouseover="alert(1)'}">`.value;
    expect(out).toBe('<a href="x" title="&quot; onmouseover=&quot;alert(1)">');
  });
});

describe('jsonForScript', () => {
  it('never lets a value close the script element and survives JSON.parse', () => {
    const value = { t: '</script><script>alert(1)</script>', u: 'a\u2028b\u2029c', amp: '&<>' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(text)).toEqual(value);
    const block = jsonScript('data', value).value;
    expect(block.startsWith('<script type="application/json" id="data">')).toBe(true);
    expect(block.match(/<\/script/gi)).toHaveLength(1);
  });
});

describe('relativeHref and safeFileName', () => {
  it('percent-encodes every segment so no scheme or query can appear', () => {
    expect(relativeHref('berkas', 'a b', 'javascript:alert(1)')).toBe(
      'berkas/a%20b/javascript%3Aalert(1)',
    );
    expect(relativeHref('..', 'index.html')).toBe('../index.html');
  });

  it('keeps only safe characters and the extension', () => {
    expect(safeFileName('"><img src=x onerror=alert(16)>.csv')).toBe(
      'img-src-x-onerror-alert-16.csv',
    );
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('Data Penduduk 2024 (final).xlsx')).toBe('Data-Penduduk-2024-final.xlsx');
    expect(safeFileName('..')).toBe('berkas');
    expect(safeFileName('.csv', 'x')).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
    expect(safeFileName(`${'a'.repeat(300)}.csv`)).toHaveLength(120);
  });
});
