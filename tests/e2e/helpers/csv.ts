/** Read a CSV (file or downloaded bytes) as rows of strings, the way the specs compare them. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export function parseCsvText(text: string, delimiter?: string): string[][] {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, {
    skipEmptyLines: true,
    ...(delimiter ? { delimiter } : {}),
  });
  return result.data;
}

export function readCsv(path: string, delimiter?: string): string[][] {
  return parseCsvText(readFileSync(path, 'utf8'), delimiter);
}
