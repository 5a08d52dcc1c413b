/**
 * The grid at scale: sort, filter and profile a column from its header (browser mode).
 * Rules checked:
 * - the label of a column header sorts it, typed: "92.651" in the Indonesian integer column
 *   jumlah_penduduk is 92 651, so sorting descending puts the JUMLAH row first and line 19
 *   second; the header says so with aria-sort and an arrow;
 * - a filter from the column menu (≥ 60.000) keeps the sort, shows a chip and the count
 *   "N dari 26 baris"; another filter (nama_kecamatan berisi "UTARA") narrows it further;
 *   removing a chip widens it again; the filters ask the server, the grid pages the view;
 * - "Profil kolom" shows the column's type, blanks, distinct values, smallest and largest
 *   value, a histogram (an SVG with a text alternative) and the most common values; a click on
 *   a common value filters the grid to it;
 * - "Lompat ke baris" lifts the sort and filters (it finds rows in file order) and says so.
 */
import { GridTools } from './pages/grid-tools';
import { readCsv } from './helpers/csv';
import { expect, screenshot, test } from './helpers/fixtures';
import { openAndImport } from './helpers/flows';
import { sample } from './helpers/paths';

const SOURCE = sample('penduduk-kecamatan-2023-2024.csv');
const KECAMATAN = 5;
const JUMLAH = 7;

/** jumlah_penduduk as the column reads it (Indonesian thousands: "92.651" is 92651). */
function amount(cell: string): number {
  return Number(cell.replace(/\./g, ''));
}

test('sort, filter and profile the population column', async ({ page, app }) => {
  const data = readCsv(SOURCE).slice(1);
  expect(data).toHaveLength(26);
  const rows = data.map((cells, i) => ({ line: i + 2, cells, n: amount(cells[JUMLAH] ?? '') }));
  const byAmountDesc = [...rows].sort((a, b) => b.n - a.n || a.line - b.line);

  await openAndImport(page, app.url, SOURCE);
  const grid = new GridTools(page);
  const header = grid.dataset.columnHeader(JUMLAH);
  await expect(header).toHaveAttribute('aria-sort', 'none');

  // sort: ascending, then descending (keyboard: Enter on the focused header button)
  await grid.sortButton(JUMLAH).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await grid.sortButton(JUMLAH).focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.sortChip).toContainText('jumlah_penduduk turun');
  await expect
    .poll(async () => (await grid.lines()).slice(0, 3))
    .toEqual(byAmountDesc.slice(0, 3).map((r) => r.line));
  expect(byAmountDesc[0]?.cells[KECAMATAN]).toBe('JUMLAH');
  expect(byAmountDesc[1]?.line).toBe(19);
  await expect(grid.dataset.cell(19, JUMLAH)).toHaveText('92.651');

  // the column menu: operators for a number column; Escape closes it and returns focus
  await grid.openMenu(JUMLAH);
  await expect(grid.menu.getByLabel('Saring baris').locator('option')).toHaveText([
    'sama dengan (=)',
    'tidak sama dengan (≠)',
    'kurang dari (<)',
    'paling banyak (≤)',
    'lebih dari (>)',
    'paling sedikit (≥)',
    'antara',
    'kosong',
    'tidak kosong',
  ]);
  await expect(grid.menu.getByRole('button', { name: 'Urutkan dari terbesar' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await grid.menu.getByLabel('Saring baris').selectOption({ label: 'antara' });
  await screenshot(page, 'grid-column-menu');
  await page.keyboard.press('Escape');
  await expect(grid.menu).toBeHidden();
  await expect(header.getByTestId('column-menu-button')).toBeFocused();

  // filter: ≥ 60.000 keeps the sort
  const atLeast = byAmountDesc.filter((r) => r.n >= 60000);
  await grid.filter(JUMLAH, 'paling sedikit (≥)', '60.000');
  await expect(grid.filterChips).toHaveText(['jumlah_penduduk ≥ 60.000']);
  await expect(grid.count).toHaveText(`${atLeast.length} dari 26 baris`);
  await expect.poll(() => grid.lines()).toEqual(atLeast.map((r) => r.line));
  await expect(grid.dataset.columnHeader(JUMLAH).getByTestId('column-menu-button')).toHaveClass(
    /is-filtered/,
  );

  // a second filter on a text column narrows the rows further
  const utara = atLeast.filter((r) => r.cells[KECAMATAN]?.includes('UTARA'));
  await grid.filter(KECAMATAN, 'berisi', 'UTARA');
  await expect(grid.filterChips).toHaveCount(2);
  await expect(grid.count).toHaveText(`${utara.length} dari 26 baris`);
  await expect.poll(() => grid.lines()).toEqual(utara.map((r) => r.line));
  await screenshot(page, 'grid-sort-filter');

  // removing the ≥ chip widens the rows again
  await grid.filterChips
    .filter({ hasText: '≥' })
    .getByRole('button', { name: /Hapus saringan/ })
    .click();
  const allUtara = byAmountDesc.filter((r) => r.cells[KECAMATAN]?.includes('UTARA'));
  await expect(grid.count).toHaveText(`${allUtara.length} dari 26 baris`);
  await expect.poll(() => grid.lines()).toEqual(allUtara.map((r) => r.line));

  // a filter nothing matches leaves the header reachable and says so
  await grid.filter(JUMLAH, 'lebih dari (>)', '1.000.000');
  await expect(grid.count).toHaveText('0 dari 26 baris');
  await expect(page.getByTestId('grid-no-match')).toBeVisible();
  await grid.viewBar.getByRole('button', { name: 'Hapus semua' }).click();
  await expect(grid.viewBar).toBeHidden();
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await expect.poll(async () => (await grid.lines()).slice(0, 3)).toEqual([2, 3, 4]);

  // Profil kolom
  const amounts = rows.map((r) => r.n);
  await grid.openProfile(JUMLAH);
  await expect(grid.profile.getByRole('heading')).toHaveText('Profil kolom jumlah_penduduk');
  await expect(grid.profileFact('profile-type')).toContainText('Bilangan bulat');
  await expect(grid.profileFact('profile-rows')).toHaveText('26');
  await expect(grid.profileFact('profile-blanks')).toContainText('0');
  await expect(grid.profileFact('profile-distinct')).toHaveText(
    String(new Set(data.map((r) => r[JUMLAH])).size),
  );
  const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);
  await expect(grid.profileFact('profile-min')).toHaveText(fmt(Math.min(...amounts)));
  await expect(grid.profileFact('profile-max')).toHaveText(fmt(Math.max(...amounts)));
  const histogram = grid.profile.getByTestId('profile-histogram');
  const chart = histogram.getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', /^Histogram \d+ kelompok dari /);
  const bars = chart.locator('rect.profile-bar');
  expect(await bars.count()).toBeGreaterThan(1);
  const counts = await bars.evaluateAll((els) =>
    els.map((e) => Number(e.getAttribute('data-count'))),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(26);
  const top = grid.profile.getByTestId('profile-top-values');
  await expect(top.locator('tbody tr').first().locator('td').last()).toHaveText('2');
  await expect(top.locator('tbody tr').first().locator('th')).toHaveText('91480');
  await grid.settled();
  await screenshot(page, 'grid-profile-panel');
  // the text alternative as a table; the last bound is the largest value
  await histogram.getByText('Lihat sebagai tabel').click();
  await expect(histogram.locator('tbody tr')).toHaveCount(counts.length);
  await expect(histogram.locator('tbody tr').last().locator('td').first()).toContainText(
    `– ${fmt(Math.max(...amounts))}`,
  );

  // a click on a common value filters the grid to it
  await top.getByRole('button', { name: '91480' }).click();
  await expect(grid.profile).toBeHidden();
  await expect(grid.filterChips).toHaveText(['jumlah_penduduk = 91480']);
  await expect(grid.count).toHaveText('2 dari 26 baris');
  await expect.poll(() => grid.lines()).toEqual([6, 7]);

  // a text column's profile draws bars for its most common values
  await grid.openProfile(KECAMATAN);
  await expect(grid.profileFact('profile-type')).not.toBeEmpty();
  await expect(grid.profile.getByTestId('profile-histogram')).toHaveCount(0);
  const values = grid.profile.getByTestId('profile-top-values').locator('tbody tr');
  await expect(values.first().locator('th')).toHaveText('BALIKPAPAN TIMUR');
  await expect(values.first().locator('td').last()).toHaveText('5');
  await grid.settled();
  await screenshot(page, 'grid-profile-text');
  await page.keyboard.press('Escape');
  await expect(grid.profile).toBeHidden();

  // "Lompat ke baris" needs the file order: it lifts the filter and says so
  await grid.dataset.jumpTo(27);
  await expect(grid.viewBar).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Urutan dan saringan dihapus' }),
  ).toBeVisible();
  await expect(grid.dataset.row(27)).toHaveClass(/is-target/);
});
