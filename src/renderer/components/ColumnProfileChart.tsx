/**
 * The column profile's charts, drawn as inline SVG: a histogram of a numeric column and
 * horizontal bars for the most common values. Each has a text alternative: the histogram an
 * aria-label and a table behind "Lihat sebagai tabel", the values a real table (whose value
 * buttons may add an "=" filter).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistogramBin, ValueCount } from '../../shared/api/core';
import { formatNumber, type FormatLang } from '../i18n/format';
import { currentLang } from '../i18n';
import { histogramBars, valueBars } from './grid-chart-geometry';

const CHART_WIDTH = 440;
const CHART_HEIGHT = 120;
const BAR_WIDTH = 140;

/** A bin bound: whole numbers as such, others with up to 2 decimals. */
export function formatBound(n: number, lang: FormatLang): string {
  if (Number.isInteger(n)) return formatNumber(n, lang);
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2,
  }).format(n);
}

function binLabel(bin: HistogramBin, lang: FormatLang): string {
  return bin.from === bin.to
    ? formatBound(bin.from, lang)
    : `${formatBound(bin.from, lang)} – ${formatBound(bin.to, lang)}`;
}

/**
 * `max` is the column's largest value: whole-number bins may reach past it, so the last
 * bound shown is clamped to it.
 */
export function HistogramChart({
  bins: given,
  max,
}: {
  bins: readonly HistogramBin[];
  max?: number;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const captionId = useId();
  const bins = given.map((b, i) =>
    i === given.length - 1 && max !== undefined && b.to > max
      ? { ...b, to: Math.max(b.from, max) }
      : b,
  );
  const bars = histogramBars(bins, {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    gap: bins.length > 12 ? 2 : 4,
    minBar: 2,
  });
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return null;
  const peak = bins.reduce((a, b) => (b.count > a.count ? b : a), first);
  const summary = t('grid.profile.histogramAlt', {
    bins: formatNumber(bins.length, lang),
    from: formatBound(first.from, lang),
    to: formatBound(last.to, lang),
    peak: binLabel(peak, lang),
    rows: formatNumber(peak.count, lang),
  });
  return (
    <figure className="profile-chart" data-testid="profile-histogram">
      <figcaption id={captionId} className="profile-chart-title">
        {t('grid.profile.histogram')}
      </figcaption>
      <svg
        className="profile-histogram"
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
      >
        <line
          className="profile-axis"
          x1={0}
          x2={CHART_WIDTH}
          y1={CHART_HEIGHT - 0.5}
          y2={CHART_HEIGHT - 0.5}
        />
        {bars.map((b, i) => (
          <rect
            key={i}
            className="profile-bar"
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            data-count={b.bin.count}
          >
            <title>
              {`${binLabel(b.bin, lang)}: ${t('grid.profile.rowsN', { n: formatNumber(b.bin.count, lang) })}`}
            </title>
          </rect>
        ))}
      </svg>
      <div className="profile-axis-labels" aria-hidden="true">
        <span>{formatBound(first.from, lang)}</span>
        <span>{formatBound(last.to, lang)}</span>
      </div>
      <details className="profile-table-toggle">
        <summary>{t('grid.profile.asTable')}</summary>
        <table className="data-table profile-table" aria-describedby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('grid.profile.range')}</th>
              <th scope="col" className="num">
                {t('grid.profile.rows')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin, i) => (
              <tr key={i}>
                <td>{binLabel(bin, lang)}</td>
                <td className="num">{formatNumber(bin.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function TopValuesChart({
  top,
  rows,
  onPick,
}: {
  top: readonly ValueCount[];
  rows: number;
  /** a click on a value (adds an "=" filter) */
  onPick?: (value: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const captionId = useId();
  const bars = valueBars(top, rows, BAR_WIDTH);
  const percent = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return (
    <figure className="profile-chart" data-testid="profile-top-values">
      <figcaption id={captionId} className="profile-chart-title">
        {t('grid.profile.topValues')}
        {onPick && (
          <span className="profile-chart-hint muted"> · {t('grid.profile.pickHint')}</span>
        )}
      </figcaption>
      <table className="profile-top" aria-labelledby={captionId}>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('grid.profile.value')}</th>
            <th scope="col">{t('grid.profile.share')}</th>
            <th scope="col">{t('grid.profile.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.value}>
              <th scope="row" className="profile-top-value">
                {onPick ? (
                  <button
                    type="button"
                    className="profile-value-button"
                    title={t('grid.profile.pick', { value: b.value })}
                    onClick={() => onPick(b.value)}
                  >
                    {b.value}
                  </button>
                ) : (
                  <span title={b.value}>{b.value}</span>
                )}
              </th>
              <td className="profile-top-bar">
                <svg width={BAR_WIDTH} height={12} aria-hidden="true" focusable="false">
                  <rect className="profile-bar-track" x={0} y={0} width={BAR_WIDTH} height={12} />
                  <rect className="profile-bar" x={0} y={0} width={b.width} height={12} />
                </svg>
                <span className="profile-share">{percent.format(b.share)}</span>
              </td>
              <td className="num profile-top-count">{formatNumber(b.count, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
