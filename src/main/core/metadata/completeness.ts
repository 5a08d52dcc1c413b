/**
 * How complete a metadata document is, per group of the profile and overall. A field counts
 * as filled when it has a value and no problem; required fields weigh twice.
 */
import type { Completeness, MetadataDoc, MetadataProblem } from '../../../shared/model/metadata';
import type { CompiledProfile } from './profiles';

export function completenessOf(
  profile: CompiledProfile,
  doc: MetadataDoc,
  problems: readonly MetadataProblem[],
): Completeness {
  const bad = new Set(problems.map((p) => p.path.split('/')[1] ?? ''));
  const fields = profile.fields.filter((f) => f.widget !== 'hidden');
  let weightAll = 0;
  let weightFilled = 0;
  const groups = profile.groups.map((g) => {
    const inGroup = fields.filter((f) => f.group === g.id);
    let filled = 0;
    let requiredFilled = 0;
    let requiredTotal = 0;
    let w = 0;
    let wf = 0;
    for (const f of inGroup) {
      const weight = f.required ? 2 : 1;
      const ok = doc[f.key] !== undefined && !bad.has(f.key);
      w += weight;
      if (f.required) requiredTotal++;
      if (ok) {
        filled++;
        wf += weight;
        if (f.required) requiredFilled++;
      }
    }
    weightAll += w;
    weightFilled += wf;
    return {
      group: g.id,
      label: g.label,
      filled,
      total: inGroup.length,
      requiredFilled,
      requiredTotal,
      score: w === 0 ? 1 : round(wf / w),
    };
  });
  return { score: weightAll === 0 ? 1 : round(weightFilled / weightAll), groups };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
