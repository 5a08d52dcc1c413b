/**
 * The catalog's access rule (domain reference §5): the files, the preview rows and the chart
 * of a dataset appear only when its `klasifikasi_akses` is Terbuka AND it has no unresolved
 * privacy finding. Terbatas and Tertutup datasets, datasets whose metadata does not classify
 * them (missing or unknown value: "belum diklasifikasikan") and datasets with open privacy
 * findings are listed with their metadata only.
 */
import type {
  CatalogAccess,
  CatalogAccessLevel,
  CatalogEntry,
} from '../../../shared/model/catalog';
import { lookupVocabularyValue } from '../metadata';

const LEVELS: readonly CatalogAccessLevel[] = ['terbuka', 'terbatas', 'tertutup'];

function accessText(metadata: Record<string, unknown> | undefined): string | undefined {
  const v = metadata?.['klasifikasi_akses'];
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** The access level written in the metadata (case-insensitive; aliases such as "Dikecualikan"). */
export function accessLevelOf(metadata: Record<string, unknown> | undefined): {
  level: CatalogAccessLevel;
  written?: string;
} {
  const written = accessText(metadata);
  if (written === undefined) return { level: 'belum-diklasifikasikan' };
  const found = lookupVocabularyValue('klasifikasi-akses', written);
  const code = (found?.code ?? written.toLowerCase()) as CatalogAccessLevel;
  if (LEVELS.includes(code)) return { level: code };
  return { level: 'belum-diklasifikasikan', written };
}

export function catalogAccess(
  entry: Pick<CatalogEntry, 'metadata' | 'privacyFindings'>,
): CatalogAccess {
  const { level, written } = accessLevelOf(entry.metadata);
  const base: CatalogAccess = { level, downloadable: false };
  if (written !== undefined) base.written = written;
  if (level === 'terbatas' || level === 'tertutup') {
    const label = level === 'terbatas' ? 'Terbatas' : 'Tertutup';
    const labelEn = level === 'terbatas' ? 'Restricted' : 'Closed';
    return {
      ...base,
      reason: {
        code: `akses-${level}`,
        message: `Klasifikasi akses ${label}: berkas dan pratinjau data tidak ditampilkan di katalog.`,
        messageEn: `Access classification ${labelEn}: files and data preview are not shown in the catalog.`,
      },
    };
  }
  if (level === 'belum-diklasifikasikan') {
    return {
      ...base,
      reason:
        written === undefined
          ? {
              code: 'akses-belum-diklasifikasikan',
              message:
                'Klasifikasi akses belum diisi (belum diklasifikasikan): berkas dan pratinjau data tidak ditampilkan.',
              messageEn:
                'Access classification missing (not yet classified): files and data preview are not shown.',
            }
          : {
              code: 'akses-tidak-dikenal',
              message: `Klasifikasi akses "${written}" tidak dikenal (belum diklasifikasikan): berkas dan pratinjau data tidak ditampilkan.`,
              messageEn: `Access classification "${written}" is not recognised (not yet classified): files and data preview are not shown.`,
            },
    };
  }
  // any entry blocks, even a blank label (a header can be empty)
  if (entry.privacyFindings.length > 0) {
    const cols = entry.privacyFindings
      .map((c) => (c.trim() === '' ? '(tanpa nama)' : c))
      .join(', ');
    return {
      ...base,
      reason: {
        code: 'temuan-privasi-terbuka',
        message: `Ada temuan data pribadi yang belum diselesaikan (kolom: ${cols}): berkas dan pratinjau data tidak ditampilkan.`,
        messageEn: `There are unresolved personal-data findings (columns: ${cols}): files and data preview are not shown.`,
      },
    };
  }
  return { ...base, downloadable: true };
}

export const ACCESS_LABELS: Record<CatalogAccessLevel, { id: string; en: string }> = {
  terbuka: { id: 'Terbuka', en: 'Open' },
  terbatas: { id: 'Terbatas', en: 'Restricted' },
  tertutup: { id: 'Tertutup', en: 'Closed' },
  'belum-diklasifikasikan': { id: 'Belum diklasifikasikan', en: 'Not yet classified' },
};
