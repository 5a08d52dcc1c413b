/**
 * A small chart drawn on the server as inline SVG, so the static catalog needs no chart
 * script: `bars` are horizontal bars (one per category, label on the left, value on the
 * right), `histogram` adjacent vertical columns with the bin labels under them.
 *
 * Only presentation attributes and classes are used (no `style` attributes), so the page's
 * Content-Security-Policy can forbid inline styles. Labels are escaped and shortened; the
 * full label and value are in each bar's `<title>` (shown as a tooltip).
 */
import type { CatalogChart, CatalogLang } from '../../../shared/model/catalog';
import { formatNumber } from './format';
import { markup, type SafeHtml } from './html-escape';

export const CHART_MAX_BARS = 12;
const WIDTH = 640;

function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function finite(items: CatalogChart['items']): CatalogChart['items'] {
  return items.filter((i) => Number.isFinite(i.value));
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

function barsSvg(chart: CatalogChart, lang: CatalogLang, title: string): SafeHtml {
  const all = finite(chart.items);
  const items = all.slice(0, CHART_MAX_BARS);
  const rest = all.length - items.length;
  const rowH = 26;
  const top = 8;
  const labelW = 190;
  const valueW = 90;
  const barMax = WIDTH - labelW - valueW - 16;
  const max = Math.max(0, ...items.map((i) => i.value));
  const min = Math.min(0, ...items.map((i) => i.value));
  const span = max - min || 1;
  const zeroX = labelW + 8 + (-min / span) * barMax;
  const height = top + items.length * rowH + (rest > 0 ? rowH : 0) + 6;
  const rows = items.map((item, i) => {
    const y = top + i * rowH;
    const w = (Math.abs(item.value) / span) * barMax;
    const x = item.value >= 0 ? zeroX : zeroX - w;
    const value = formatNumber(item.value, lang);
    return markup`<g class="batang"><title>${item.label}: ${value}</title><text class="label" x="${labelW}" y="${round(y + 17)}" text-anchor="end">${shorten(item.label, 28)}</text><rect x="${round(x)}" y="${round(y + 4)}" width="${round(Math.max(w, 1))}" height="${rowH - 8}" rx="2"></rect><text class="nilai" x="${round(labelW + 8 + barMax + 8)}" y="${round(y + 17)}">${value}</text></g>`;
  });
  const moreText = lang === 'id' ? `… dan ${rest} lainnya` : `… and ${rest} more`;
  const more =
    rest > 0
      ? markup`<text class="catatan" x="${labelW}" y="${round(top + items.length * rowH + 17)}" text-anchor="end">${moreText}</text>`
      : '';
  return markup`<svg class="grafik" viewBox="0 0 ${WIDTH} ${round(height)}" width="100%" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg"><line class="sumbu" x1="${round(zeroX)}" y1="${top}" x2="${round(zeroX)}" y2="${round(top + items.length * rowH)}"></line>${rows}${more}</svg>`;
}

function histogramSvg(chart: CatalogChart, lang: CatalogLang, title: string): SafeHtml {
  const items = finite(chart.items).slice(0, 40);
  const left = 56;
  const right = 12;
  const top = 12;
  const plotH = 170;
  const labelH = 38;
  const height = top + plotH + labelH;
  const plotW = WIDTH - left - right;
  const max = Math.max(0, ...items.map((i) => i.value)) || 1;
  const colW = items.length > 0 ? plotW / items.length : plotW;
  const every = Math.max(1, Math.ceil(items.length / 8));
  const cols = items.map((item, i) => {
    const h = (Math.max(0, item.value) / max) * plotH;
    const x = left + i * colW;
    const value = formatNumber(item.value, lang);
    const label =
      i % every === 0
        ? markup`<text class="label" x="${round(x + colW / 2)}" y="${top + plotH + 16}" text-anchor="middle">${shorten(item.label, 14)}</text>`
        : '';
    return markup`<g class="batang"><title>${item.label}: ${value}</title><rect x="${round(x + 0.5)}" y="${round(top + plotH - h)}" width="${round(Math.max(colW - 1, 1))}" height="${round(Math.max(h, 0.5))}"></rect>${label}</g>`;
  });
  return markup`<svg class="grafik" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg"><text class="nilai" x="${left - 6}" y="${top + 8}" text-anchor="end">${formatNumber(max, lang)}</text><text class="nilai" x="${left - 6}" y="${top + plotH}" text-anchor="end">0</text><line class="sumbu" x1="${left}" y1="${top + plotH}" x2="${WIDTH - right}" y2="${top + plotH}"></line>${cols}</svg>`;
}

/** The chart as inline SVG; empty when it has no finite values. */
export function chartSvg(chart: CatalogChart, lang: CatalogLang = 'id'): SafeHtml {
  const title =
    chart.kind === 'histogram'
      ? `${lang === 'id' ? 'Sebaran' : 'Distribution of'} ${chart.column}`
      : chart.column;
  if (finite(chart.items).length === 0) return markup``;
  return chart.kind === 'histogram'
    ? histogramSvg(chart, lang, title)
    : barsSvg(chart, lang, title);
}
