/**
 * A file name from the dataset name: letters, digits, dash and underscore, then the extension
 * (".csv" unless told; "" for a folder) after an optional suffix such as "-ckan".
 */
export function exportFileName(name: string, extension = '.csv', suffix = ''): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 120);
  return `${base || 'dataset'}${suffix}${extension}`;
}
