/**
 * validateMetadata: every problem of a metadata document against a profile (one per missing
 * required field and per bad value), in plain Indonesian with English beside it, plus the
 * document's completeness.
 */
import { AppError } from '../../../shared/errors';
import type {
  MetadataDoc,
  MetadataProblem,
  MetadataValidation,
} from '../../../shared/model/metadata';
import { completenessOf } from './completeness';
import { translateErrors } from './problem-messages';
import { getProfile, profileNames, sameProfileFamily, type CompiledProfile } from './profiles';
import { pruneEmpty, sanitizeDoc } from './sanitize-doc';
import { semanticChecks, type RegionLookup } from './semantic-checks';

export interface ValidateMetadataOptions {
  /** region lookups for cakupan_wilayah (existence in the edition, obsolete codes) */
  reference?: RegionLookup;
  /** file name for messages */
  file?: string;
}

function mismatch(
  profile: string,
  declared: string,
  file: string | undefined,
  guessed: boolean,
): AppError {
  const where = file ? ` (${file})` : '';
  return new AppError({
    kind: 'user-input',
    code: 'metadata-profile-mismatch',
    message: guessed
      ? `Dokumen metadata${where} tampaknya ditulis untuk profil "${declared}", bukan "${profile}": sebagian besar kolomnya tidak dikenal profil "${profile}". Periksa dengan --profile ${declared}.`
      : `Dokumen metadata${where} ditulis untuk profil "${declared}", bukan "${profile}". Periksa dengan --profile ${declared}, atau ubah isian "profil".`,
    messageEn: guessed
      ? `The metadata document${where} looks written for profile "${declared}", not "${profile}": most of its fields are unknown to "${profile}". Check it with --profile ${declared}.`
      : `The metadata document${where} was written for profile "${declared}", not "${profile}". Check it with --profile ${declared}, or change its "profil" field.`,
    ...(file !== undefined ? { file } : {}),
  });
}

/** Refuses a document written for another profile (by its `profil` key, or by its keys). */
export function assertProfileMatches(
  profile: CompiledProfile,
  doc: MetadataDoc,
  file?: string,
): void {
  const name = profile.summary.name;
  const declared = doc['profil'];
  if (typeof declared === 'string' && declared.trim() !== '') {
    const d = declared.trim();
    if (d === name || sameProfileFamily(d, name)) return;
    if (profileNames().includes(d)) throw mismatch(name, d, file, false);
    const known = profileNames().join(', ');
    throw new AppError({
      kind: 'user-input',
      code: 'metadata-profile-mismatch',
      message: `Dokumen metadata${file ? ` (${file})` : ''} menyebut profil "${d}" yang tidak dikenal. Profil yang ada: ${known}.`,
      messageEn: `The metadata document${file ? ` (${file})` : ''} names an unknown profile "${d}". Known profiles: ${known}.`,
      ...(file !== undefined ? { file } : {}),
    });
  }
  const keys = Object.keys(doc).filter((k) => k !== 'profil');
  if (keys.length < 3) return;
  const share = (p: CompiledProfile): number =>
    keys.filter((k) => p.fieldMap.has(k)).length / keys.length;
  const own = share(profile);
  if (own >= 0.5) return;
  let best: { name: string; fit: number } | undefined;
  for (const other of profileNames()) {
    if (sameProfileFamily(other, name)) continue;
    const fit = share(getProfile(other));
    if (!best || fit > best.fit) best = { name: other, fit };
  }
  if (best && best.fit >= 0.8) throw mismatch(name, best.name, file, true);
}

function orderProblems(profile: CompiledProfile, problems: MetadataProblem[]): MetadataProblem[] {
  const order = (p: MetadataProblem): number => {
    const top = p.path.split('/')[1] ?? '';
    return profile.fieldMap.get(top)?.order ?? Number.MAX_SAFE_INTEGER;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => order(a.p) - order(b.p) || a.i - b.i)
    .map((x) => x.p);
}

/**
 * Validates `input` against profile `profileName`. Throws AppError for an unknown profile, a
 * document that is not an object, too deep/large, or written for another profile; everything
 * else is returned as problems.
 */
export function validateMetadata(
  profileName: string,
  input: unknown,
  options: ValidateMetadataOptions = {},
): MetadataValidation {
  const profile = getProfile(profileName);
  const { doc, removed } = sanitizeDoc(input, options.file);
  assertProfileMatches(profile, doc, options.file);
  const pruned = pruneEmpty(doc);
  const problems: MetadataProblem[] = removed.map((path) => ({
    path,
    code: 'kunci-terlarang',
    message: `Kunci ${path.split('/').pop() ?? ''} di ${path} dilarang dan diabaikan.`,
    messageEn: `Key ${path.split('/').pop() ?? ''} at ${path} is forbidden and was ignored.`,
  }));
  const valid = profile.validate(pruned);
  if (!valid) problems.push(...translateErrors(profile, profile.validate.errors ?? []));
  problems.push(...semanticChecks(profile, pruned, options.reference));
  const ordered = orderProblems(profile, problems);
  return {
    valid: ordered.length === 0,
    profile: profile.summary.name,
    problems: ordered,
    completeness: completenessOf(profile, pruned, ordered),
  };
}
