/**
 * CKAN package JSON ready for `package_create` (Portal SDI conventions, domain §2.2):
 * core fields plus SDI extras. Values of extras are strings (CKAN stores them as text), keys
 * are unique and never repeat a core field. Resource `url` points to the machine-readable
 * CSV; `size` and `hash` (`sha256:<hex>`) describe its exact bytes.
 */
import type { ExportWarning } from '../../../shared/model/export';
import type { Distribution, ResolvedMetadata } from './mappings';
import { toSlug } from './slug';
import { regionUri } from './vocabularies';

export interface CkanResource {
  name: string;
  description?: string;
  url: string;
  format: string;
  mimetype: string;
  size?: number;
  hash?: string;
}

export interface CkanPackage {
  name: string;
  title: string;
  notes: string;
  owner_org?: string;
  private?: boolean;
  license_id: string;
  version: string;
  author?: string;
  maintainer?: string;
  maintainer_email?: string;
  tags: { name: string }[];
  extras: { key: string; value: string }[];
  resources: CkanResource[];
}

export function ckanExtras(meta: ResolvedMetadata): { key: string; value: string }[] {
  const topLevel = [...new Set(meta.topics.map((t) => t.topic?.label ?? t.label))].join(', ');
  const subTopics = meta.topics
    .filter((t) => t.topic && t.topic.label !== t.label)
    .map((t) => t.label);
  const spatialUri =
    meta.coverage.length === 1 && meta.coverage[0]
      ? regionUri(meta.coverage[0], meta.regionSystem)
      : undefined;
  const pairs: [string, string | undefined][] = [
    ['accessRights', meta.access?.label],
    ['accrualPeriodicity', meta.frequency?.label ?? meta.frequencyText],
    ['kategori', topLevel],
    ['sub_kategori', subTopics.join(', ')],
    ['theme', topLevel],
    ['satuan', meta.unit],
    ['ukuran', meta.measure],
    ['kodereferensi', meta.codeReference],
    ['rujukan', meta.references],
    ['produsen_data_name', meta.producer],
    ['publishing_status', meta.status],
    ['id_mskeg', meta.idMskeg],
    ['id_msind', meta.idMsind],
    ['tingkat_penyajian', meta.presentationLevel],
    ['cakupan_wilayah', meta.coverage.join(', ')],
    ['spatial_uri', spatialUri],
    ['sistem_kode_wilayah', meta.regionSystem],
    ['edisi_kode_wilayah', meta.regionEdition],
    ['periode_awal', meta.period?.start],
    ['periode_akhir', meta.period?.end],
    // the names ckanext-dcat reads for dct:temporal
    ['temporal_start', meta.period?.start],
    ['temporal_end', meta.period?.end],
    ['lisensi', meta.license === undefined ? meta.licenseText : undefined],
    ...meta.extras,
  ];
  const seen = new Set<string>();
  const out: { key: string; value: string }[] = [];
  for (const [key, value] of pairs) {
    if (value === undefined || value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, value });
  }
  return out;
}

export interface CkanResult {
  document: CkanPackage;
  warnings: ExportWarning[];
}

/** `package_create` payload. Access other than Terbuka (or unknown) makes the package private. */
export function toCkanPackage(
  meta: ResolvedMetadata,
  distributions: readonly Distribution[],
): CkanResult {
  const warnings: ExportWarning[] = [];
  const pkg: CkanPackage = {
    name: meta.slug,
    title: meta.title,
    notes: meta.description,
    license_id: meta.license?.ckan ?? 'notspecified',
    version: meta.version,
    tags: meta.keywords.map((name) => ({ name })),
    extras: ckanExtras(meta),
    resources: distributions.map((d) => {
      const r: CkanResource = {
        name: d.fileName,
        description: d.title,
        url: d.url,
        format: d.format,
        mimetype: d.mediaType,
      };
      if (d.bytes !== undefined) r.size = d.bytes;
      if (d.sha256 !== undefined) r.hash = `sha256:${d.sha256}`;
      return r;
    }),
  };
  const org = meta.publisher ?? meta.producer;
  if (org !== undefined) {
    pkg.owner_org = toSlug(org, 'organisasi');
    pkg.private = meta.access?.id !== 'terbuka';
    if (meta.publisher === undefined) {
      warnings.push({
        field: 'walidata',
        message: 'owner_org diisi dari produsen data karena walidata belum diisi.',
        messageEn: 'owner_org taken from the data producer because the walidata is missing.',
        filled: true,
      });
    }
  } else {
    warnings.push({
      field: 'walidata',
      message: 'owner_org kosong; CKAN biasanya menolak package_create tanpa organisasi.',
      messageEn: 'owner_org is empty; CKAN usually refuses package_create without an organisation.',
    });
  }
  if (meta.producer !== undefined) pkg.author = meta.producer;
  if (meta.contact?.name !== undefined) pkg.maintainer = meta.contact.name;
  if (meta.contact?.email !== undefined) pkg.maintainer_email = meta.contact.email;
  return { document: pkg, warnings };
}
