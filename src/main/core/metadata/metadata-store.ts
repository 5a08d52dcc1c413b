/**
 * Metadata versions of a dataset in the workspace (table `metadata_versions`, migration 0002).
 * Every save is a new version and keeps the previous ones; drafts with problems may be saved
 * (the steward completes them step by step), but unsafe documents are refused.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type {
  MetadataDoc,
  MetadataVersion,
  MetadataVersionSummary,
} from '../../../shared/model/metadata';
import { getProfile } from './profiles';
import { sanitizeDoc } from './sanitize-doc';
import type { RegionLookup } from './semantic-checks';
import { validateMetadata } from './validate-metadata';

interface VersionRow {
  dataset_id: string;
  version: number;
  profile: string;
  doc: string;
  saved_at: string;
  saved_by: string;
  valid: number;
  problem_count: number;
  completeness: number;
}

function summary(r: VersionRow): MetadataVersionSummary {
  return {
    datasetId: r.dataset_id,
    version: r.version,
    profile: r.profile,
    savedAt: r.saved_at,
    savedBy: r.saved_by,
    valid: r.valid === 1,
    problemCount: r.problem_count,
    completeness: r.completeness,
  };
}

function full(r: VersionRow): MetadataVersion {
  return { ...summary(r), doc: JSON.parse(r.doc) as MetadataDoc };
}

export class MetadataStore {
  private readonly db: Database.Database;
  private readonly reference: RegionLookup | undefined;

  /** `db`: the workspace, with migration 0002 applied. */
  constructor(db: Database.Database, options: { reference?: RegionLookup } = {}) {
    this.db = db;
    this.reference = options.reference;
  }

  /** Stores `doc` as the next version (one transaction, with an audit-log entry). */
  save(datasetId: string, profileName: string, doc: unknown, user: string): MetadataVersion {
    getProfile(profileName);
    const { removed } = sanitizeDoc(doc);
    if (removed.length > 0) {
      throw new AppError({
        kind: 'user-input',
        code: 'metadata-forbidden-key',
        message: `Dokumen metadata berisi kunci terlarang (${removed.join(', ')}); tidak disimpan.`,
        messageEn: `The metadata document contains forbidden keys (${removed.join(', ')}); not saved.`,
      });
    }
    const result = validateMetadata(
      profileName,
      doc,
      this.reference ? { reference: this.reference } : {},
    );
    const clean = sanitizeDoc(doc).doc;
    if (clean['profil'] === undefined && getProfile(profileName).fieldMap.has('profil')) {
      clean['profil'] = profileName;
    }
    const now = new Date().toISOString();
    const write = this.db.transaction((): number => {
      const exists = this.db.prepare('SELECT 1 FROM datasets WHERE id = ?').get(datasetId);
      if (!exists) {
        throw new AppError({
          kind: 'not-found',
          code: 'dataset-unknown',
          message: `Dataset "${datasetId}" tidak ada di ruang kerja.`,
          messageEn: `Dataset "${datasetId}" is not in the workspace.`,
        });
      }
      const last = this.db
        .prepare('SELECT max(version) FROM metadata_versions WHERE dataset_id = ?')
        .pluck()
        .get(datasetId) as number | null;
      const version = (last ?? 0) + 1;
      this.db
        .prepare(
          `INSERT INTO metadata_versions
             (dataset_id, version, profile, doc, saved_at, saved_by, valid, problem_count, completeness)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          datasetId,
          version,
          profileName,
          JSON.stringify(clean),
          now,
          user,
          result.valid ? 1 : 0,
          result.problems.length,
          result.completeness.score,
        );
      this.db
        .prepare(
          'INSERT INTO audit_log (at, user, action, dataset_id, details) VALUES (?, ?, ?, ?, ?)',
        )
        .run(
          now,
          user,
          'metadata:save',
          datasetId,
          JSON.stringify({
            version,
            profile: profileName,
            valid: result.valid,
            problems: result.problems.length,
          }),
        );
      return version;
    });
    const version = write();
    const saved = this.get(datasetId, version);
    if (!saved) throw new Error(`metadata version ${version} of ${datasetId} missing after save`);
    return saved;
  }

  /** The latest version, or undefined when the dataset has no metadata yet. */
  current(datasetId: string): MetadataVersion | undefined {
    const row = this.db
      .prepare('SELECT * FROM metadata_versions WHERE dataset_id = ? ORDER BY version DESC LIMIT 1')
      .get(datasetId) as VersionRow | undefined;
    return row ? full(row) : undefined;
  }

  get(datasetId: string, version: number): MetadataVersion | undefined {
    const row = this.db
      .prepare('SELECT * FROM metadata_versions WHERE dataset_id = ? AND version = ?')
      .get(datasetId, version) as VersionRow | undefined;
    return row ? full(row) : undefined;
  }

  /** All versions, newest first (without the documents). */
  history(datasetId: string): MetadataVersionSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM metadata_versions WHERE dataset_id = ? ORDER BY version DESC')
      .all(datasetId) as VersionRow[];
    return rows.map(summary);
  }
}
