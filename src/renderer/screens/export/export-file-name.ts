/** A file name from the dataset name: letters, digits, dash and underscore, then ".csv". */
export function exportFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 120);
  return `${base || 'dataset'}.csv`;
}
