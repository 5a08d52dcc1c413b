/**
 * The Kemendagri reference store as the validator and the cleaning steps see it. Both areas
 * declare the small interface they need; these adapters are the only glue.
 */
import type { RegionLookup as CleanRegions } from '../clean/types';
import type { RegionLookup as ValidatorRegions } from '../validate/reference-lookup';
import { normaliseName } from '../reference/normalise-name';
import type { ReferenceStore } from '../reference/reference-store';

export function regionsForValidator(store: ReferenceStore): ValidatorRegions {
  return {
    edition: store.edition().label.id,
    byCode: (code) => store.byCode(code),
    findByName: (name, opts) =>
      store.find(name, {
        ...(opts?.level ? { level: opts.level } : {}),
        ...(opts?.parentCode ? { parentCode: opts.parentCode } : {}),
      }),
    obsolete: (code) => {
      const o = store.isObsolete(code);
      return o ? { current: o.current, reason: o.reason, reasonEn: o.reasonEn } : undefined;
    },
    moved: (name, oldParent) => {
      const o = store.movedFrom(name, oldParent);
      return o ? { current: o.current, reason: o.reason, reasonEn: o.reasonEn } : undefined;
    },
    normalizeName: (name) => normaliseName(name),
    children: (code) => store.children(code),
  };
}

export function regionsForSteps(store: ReferenceStore): CleanRegions {
  return {
    byCode: (code) => store.byCode(code),
    find: (name, opts) =>
      store.find(name, {
        ...(opts?.level ? { level: opts.level } : {}),
        ...(opts?.parentCode ? { parentCode: opts.parentCode } : {}),
      }),
  };
}
