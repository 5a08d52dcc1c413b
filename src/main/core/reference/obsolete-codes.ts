/**
 * Known code changes shipped as data (resources/reference/kemendagri-perubahan-kode.json):
 * codes that no longer exist, with the code that replaced them. A code that exists in the
 * current edition is never reported as obsolete — the caller checks that first.
 */
import changeData from '../../../../resources/reference/kemendagri-perubahan-kode.json';
import type { ObsoleteCertainty, ObsoleteCode } from '../../../shared/model/reference';
import { normaliseName } from './normalise-name';

interface ChangeFile {
  certaintyLevels: Record<ObsoleteCertainty, { id: string; en: string }>;
  changes: {
    id: string;
    title: { id: string; en: string };
    year?: number;
    codes: {
      old: string;
      current: string;
      name: string;
      oldParent?: string;
      certainty: ObsoleteCertainty;
    }[];
  }[];
}

const DATA = changeData as ChangeFile;

function build(): { byCode: Map<string, ObsoleteCode>; byName: Map<string, ObsoleteCode> } {
  const byCode = new Map<string, ObsoleteCode>();
  const byName = new Map<string, ObsoleteCode>();
  for (const change of DATA.changes) {
    for (const c of change.codes) {
      const certainty = DATA.certaintyLevels[c.certainty];
      const entry: ObsoleteCode = {
        code: c.old,
        current: c.current,
        name: c.name,
        reason: `${change.title.id}: ${c.name} kini ${c.current}. ${certainty.id}.`,
        reasonEn: `${change.title.en}: ${c.name} is now ${c.current}. ${certainty.en}.`,
        certainty: c.certainty,
        change: change.id,
        ...(change.year !== undefined ? { year: change.year } : {}),
      };
      byCode.set(c.old, entry);
      if (c.oldParent) byName.set(`${c.oldParent}|${normaliseName(c.name)}`, entry);
    }
  }
  return { byCode, byName };
}

let cache: ReturnType<typeof build> | undefined;
function tables(): ReturnType<typeof build> {
  return (cache ??= build());
}

/** The change record for a code that is no longer valid (callers check the edition first). */
export function obsoleteEntry(code: string): ObsoleteCode | undefined {
  return tables().byCode.get(code);
}

/** A region that moved: `name` written under its old parent (e.g. Damai under 64.71.05). */
export function movedEntry(name: string, oldParent: string): ObsoleteCode | undefined {
  return tables().byName.get(`${oldParent}|${normaliseName(name)}`);
}

export function allObsoleteEntries(): ObsoleteCode[] {
  return [...tables().byCode.values()];
}
