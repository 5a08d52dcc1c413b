/** The choices the steward can override in the import preview, as contract ImportOptions. */
import type { Delimiter, EncodingLabel, ImportOptions } from '../../../shared/model/dataset';

export interface ImportOverrides {
  encoding?: EncodingLabel;
  delimiter?: Delimiter;
  sheet?: string;
  noHeader?: boolean;
}

/** Only keys with a value: the services reject `undefined` members sent over IPC. */
export function toImportOptions(overrides: ImportOverrides, name?: string): ImportOptions {
  const options: ImportOptions = {};
  if (overrides.encoding) options.encoding = overrides.encoding;
  if (overrides.delimiter) options.delimiter = overrides.delimiter;
  if (overrides.sheet) options.sheet = overrides.sheet;
  if (overrides.noHeader) options.noHeader = true;
  const trimmed = name?.trim();
  if (trimmed) options.name = trimmed.slice(0, 300);
  return options;
}

/** "penduduk-2024.csv" → "penduduk-2024" */
export function nameWithoutExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** Catalog key that names a delimiter in words. */
export function delimiterKey(delimiter: string): string {
  switch (delimiter) {
    case ',':
      return 'delimiters.comma';
    case ';':
      return 'delimiters.semicolon';
    case '\t':
      return 'delimiters.tab';
    case '|':
      return 'delimiters.pipe';
    default:
      return 'delimiters.other';
  }
}

/** Catalog key that names an encoding for people. */
export function encodingKey(encoding: string): string {
  switch (encoding) {
    case 'utf-8':
      return 'encodings.utf8';
    case 'utf-16le':
      return 'encodings.utf16le';
    case 'utf-16be':
      return 'encodings.utf16be';
    case 'windows-1252':
      return 'encodings.windows1252';
    default:
      return 'encodings.other';
  }
}
