/** Small line glyphs of the grid's column headers (sort state, filter, profile); decorative. */
export type GridGlyphName = 'sort-asc' | 'sort-desc' | 'sort-none' | 'filter' | 'chart' | 'close';

const PATHS: Record<GridGlyphName, string> = {
  'sort-asc': 'M12 19V5M6 11l6-6 6 6',
  'sort-desc': 'M12 5v14M6 13l6 6 6-6',
  'sort-none': 'M8 9l4-4 4 4M8 15l4 4 4-4',
  filter: 'M4 5h16l-6 7.5V19l-4-2v-4.5z',
  chart: 'M4 20h16M7 16v-5M11 16V6M15 16v-8M19 16v-3',
  close: 'M6 6l12 12M18 6L6 18',
};

export function GridGlyph({
  name,
  size = 14,
  filled = false,
}: {
  name: GridGlyphName;
  size?: number;
  filled?: boolean;
}) {
  return (
    <svg
      className="grid-glyph"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
