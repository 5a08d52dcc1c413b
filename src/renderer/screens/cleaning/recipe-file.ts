/** Recipes as files: a name for the download, a Blob download, and reading a picked file. */
import type { Recipe } from '../../../shared/model/step';

/** "Penduduk 2024" → "Penduduk-2024-resep.json" */
export function recipeFileName(datasetName: string): string {
  const base = datasetName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 100);
  return `${base || 'dataset'}-resep.json`;
}

/** The recipe as a person reads it: indented JSON with a final newline. */
export function recipeText(recipe: Recipe): string {
  return `${JSON.stringify(recipe, null, 2)}\n`;
}

/** Save text through the browser's download (works in browser mode and on the desktop). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Largest recipe file read (the service refuses more than 20 MB as well). */
export const RECIPE_MAX_BYTES = 20 * 1024 * 1024;
