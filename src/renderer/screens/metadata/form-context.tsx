/** What every control of the metadata form needs besides its own value. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Dataset } from '../../../shared/model/dataset';
import type { MetadataProblem, Vocabulary } from '../../../shared/model/metadata';
import type { FormatLang } from '../../i18n/format';

export interface MetadataFormEnv {
  lang: FormatLang;
  vocabularies: ReadonlyMap<string, Vocabulary>;
  /** every problem of the document shown, paths relative to the form's root */
  problems: readonly MetadataProblem[];
  /** top-level keys "Isi otomatis dari data" just filled */
  autoFilled: ReadonlySet<string>;
  /** the dataset the metadata belongs to (the column dictionary lists its columns) */
  dataset: Dataset | null;
  /** reference lists offered for a column's classification */
  referenceLists: readonly { id: string; name: string }[];
  /** the column dictionary control, provided by the screen that can edit columns */
  renderColumnDictionary?: (pointer: string, value: unknown) => ReactNode;
}

const FormEnvContext = createContext<MetadataFormEnv | null>(null);

export function MetadataFormEnvProvider({
  value,
  children,
}: {
  value: MetadataFormEnv;
  children: ReactNode;
}) {
  return <FormEnvContext.Provider value={value}>{children}</FormEnvContext.Provider>;
}

export function useFormEnv(): MetadataFormEnv {
  const env = useContext(FormEnvContext);
  if (!env) throw new Error('useFormEnv outside MetadataFormEnvProvider');
  return env;
}

/** A DOM id from a JSON pointer ('/kontak/email' → 'mf-kontak-email'). */
export function domIdFor(prefix: string, pointer: string): string {
  return `${prefix}${pointer.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
