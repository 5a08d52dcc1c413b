import type {
  ReconcileRegionStep,
  RegionReviewItem,
  ShapeColumn,
  StepReason,
} from '../../../../shared/model/step';
import type { RegionEntry, RegionLookup, StepUnit } from '../types';
import { newCounts } from '../types';
import { columnExists, columnMissing, nameTaken, newColumn, resolveColumn } from '../columns';
import { columnRef, newColumnName, opSchema } from '../cells';
import { indonesianKey } from '../cluster';
import { titleCase } from './normalize-case';

const MAX_REVIEW = 500;
const MAX_REVIEW_LINES = 10;
/** a second candidate this close to the best makes a name match uncertain */
const AMBIGUITY_MARGIN = 0.05;

/**
 * `6471` → `64.71`, `647101` → `64.71.01`, `6471011001` → `64.71.01.1001` — Kemendagri codes
 * written without dots. Only the exact Kemendagri lengths are dotted: a 7-digit BPS kecamatan
 * code is never reinterpreted (domain §4.2: never strip or add dots to compare systems).
 */
export function dottedCode(raw: string): string {
  const s = raw.trim();
  if (!/^\d+$/.test(s)) return s;
  if (s.length === 2) return s;
  if (s.length === 4) return `${s.slice(0, 2)}.${s.slice(2)}`;
  if (s.length === 6) return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4)}`;
  if (s.length === 10) return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}.${s.slice(6)}`;
  return s;
}

type Outcome = { entry: RegionEntry } | { review: Omit<RegionReviewItem, 'lines' | 'rows'> };

function why(code: string, id: string, en: string): StepReason {
  return { code, message: id, messageEn: en };
}

function resolver(p: ReconcileRegionStep, regions: RegionLookup) {
  const minScore = p.minScore ?? 0.9;
  const byCode = (code: string): RegionEntry | undefined => {
    const e = regions.byCode(code.trim()) ?? regions.byCode(dottedCode(code));
    return e && e.level === p.level ? e : undefined;
  };
  const inside = (code: string, parent: string): boolean =>
    parent === '' || code === parent || code.startsWith(`${parent}.`);
  return (name: string, code: string, parentRaw: string): Outcome => {
    const parent = dottedCode(parentRaw);
    const options = parent === '' ? { level: p.level } : { level: p.level, parentCode: parent };
    const candidates = name === '' ? [] : regions.find(name, options).slice(0, 5);
    const best = candidates[0];
    const second = candidates[1];
    const certain =
      best !== undefined &&
      best.score >= minScore &&
      (second === undefined || second.score < best.score - AMBIGUITY_MARGIN);
    const list = candidates.map((c) => ({ code: c.code, name: c.name, score: c.score }));
    const base = { ...(name ? { name } : {}), ...(code ? { code } : {}) };
    if (code !== '') {
      const entry = byCode(code);
      if (entry) {
        if (!inside(entry.code, parent)) {
          return {
            review: {
              ...base,
              candidates: list,
              reason: why(
                'region-outside-parent',
                `Kode ${code} tidak berada di bawah ${parent}.`,
                `Code ${code} is not under ${parent}.`,
              ),
            },
          };
        }
        const nameAgrees =
          name === '' ||
          indonesianKey(name) === indonesianKey(entry.name) ||
          (certain && best?.code === entry.code);
        if (nameAgrees) return { entry };
        return {
          review: {
            ...base,
            candidates: [{ code: entry.code, name: entry.name, score: 1 }, ...list],
            reason: why(
              'region-code-name-mismatch',
              `Kode ${code} adalah ${entry.name}, tetapi nama tertulis "${name}".`,
              `Code ${code} is ${entry.name}, but the name says "${name}".`,
            ),
          },
        };
      }
      if (certain && best) {
        const e = regions.byCode(best.code);
        if (e) return { entry: e };
      }
      return {
        review: {
          ...base,
          candidates: list,
          reason: why(
            'region-code-unknown',
            `Kode ${code} tidak dikenal pada tingkat ${p.level}.`,
            `Code ${code} is unknown at level ${p.level}.`,
          ),
        },
      };
    }
    if (name === '') {
      return {
        review: {
          candidates: [],
          reason: why('region-empty', 'Nama dan kode kosong.', 'Name and code are empty.'),
        },
      };
    }
    if (certain && best) {
      const e = regions.byCode(best.code);
      if (e) return { entry: e };
    }
    return {
      review: {
        ...base,
        candidates: list,
        reason:
          best === undefined
            ? why(
                'region-name-not-found',
                `Nama "${name}" tidak ditemukan.`,
                `Name "${name}" was not found.`,
              )
            : why(
                'region-name-uncertain',
                `Nama "${name}" tidak cocok dengan pasti; pilih salah satu kandidat.`,
                `Name "${name}" has no certain match; pick one of the candidates.`,
              ),
      },
    };
  };
}

interface Plan {
  name: number;
  code: number;
  parent: number;
  addCodeAt: number;
}

function planColumns(shape: { columns: ShapeColumn[] }, p: ReconcileRegionStep): Plan | StepReason {
  const missing: string[] = [];
  const name = p.nameColumn === undefined ? -1 : resolveColumn(shape, p.nameColumn);
  if (p.nameColumn !== undefined && name < 0) missing.push(p.nameColumn);
  const parent = p.parentColumn === undefined ? -1 : resolveColumn(shape, p.parentColumn);
  if (p.parentColumn !== undefined && parent < 0) missing.push(p.parentColumn);
  let code = p.codeColumn === undefined ? -1 : resolveColumn(shape, p.codeColumn);
  let addCodeAt = -1;
  if (p.codeColumn !== undefined && code < 0) {
    if (name < 0) missing.push(p.codeColumn);
    else if (nameTaken(shape, p.codeColumn)) return columnExists(p.codeColumn);
    else addCodeAt = name;
  }
  if (missing.length > 0) return columnMissing(missing);
  if (addCodeAt >= 0) {
    code = addCodeAt;
    return { name: name + 1, code, parent: parent >= addCodeAt ? parent + 1 : parent, addCodeAt };
  }
  return { name, code, parent, addCodeAt };
}

/**
 * Names and/or codes → the official Kemendagri code and name at one level. Certain matches are
 * written (the code column is created before the name column when it does not exist yet);
 * uncertain ones (code↔name mismatch, unknown code, ambiguous name) stay unchanged and go to a
 * review list in the report. Lookups are cached per distinct value.
 */
export const reconcileRegionStep: StepUnit<'reconcile-region'> = {
  op: 'reconcile-region',
  title: { id: 'Cocokkan kode wilayah', en: 'Reconcile region codes' },
  needsRegions: true,
  paramsSchema: opSchema(
    'reconcile-region',
    {
      level: { enum: ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa'] },
      nameColumn: columnRef,
      codeColumn: newColumnName,
      parent: { type: 'string', pattern: '^[0-9.]{2,13}$' },
      parentColumn: columnRef,
      minScore: { type: 'number', minimum: 0, maximum: 1 },
      nameCase: { enum: ['official', 'upper', 'title'] },
    },
    ['level'],
    { anyOf: [{ required: ['nameColumn'] }, { required: ['codeColumn'] }] },
  ),
  plan(shape, p) {
    const plan = planColumns(shape, p);
    if (!('name' in plan)) return { ok: false, reason: plan };
    if (plan.addCodeAt < 0) return { ok: true, shape };
    const columns = shape.columns.map((c) => ({ ...c }));
    columns.splice(plan.addCodeAt, 0, newColumn(p.codeColumn ?? ''));
    return { ok: true, shape: { columns } };
  },
  create(shape, p, ctx) {
    const plan = planColumns(shape, p);
    const counts = newCounts({ unparsed: 0 });
    const regions = ctx.regions;
    if (!('name' in plan) || !regions) return { counts, row: (row) => row };
    if (plan.addCodeAt >= 0) counts.columnsAdded = 1;
    const resolve = resolver(p, regions);
    const cache = new Map<string, Outcome>();
    const review = new Map<string, RegionReviewItem>();
    const caseOf =
      p.nameCase === 'upper'
        ? (s: string) => s.toUpperCase()
        : p.nameCase === 'title'
          ? titleCase
          : (s: string) => s;
    return {
      counts,
      row(row) {
        const cells = row.cells.slice();
        if (plan.addCodeAt >= 0) cells.splice(plan.addCodeAt, 0, '');
        const name = plan.name >= 0 ? (cells[plan.name] ?? '').trim() : '';
        const code = plan.code >= 0 ? (cells[plan.code] ?? '').trim() : '';
        const parent = plan.parent >= 0 ? (cells[plan.parent] ?? '') : (p.parent ?? '');
        const key = `${name}\u0000${code}\u0000${parent}`;
        let outcome = cache.get(key);
        if (!outcome) {
          outcome = resolve(name, code, parent);
          cache.set(key, outcome);
        }
        if ('review' in outcome) {
          if (name === '' && code === '')
            return plan.addCodeAt >= 0 ? { line: row.line, cells } : row;
          counts.unparsed = (counts.unparsed ?? 0) + 1;
          const item = review.get(key);
          if (item) {
            item.rows++;
            if (item.lines.length < MAX_REVIEW_LINES) item.lines.push(row.line);
          } else if (review.size < MAX_REVIEW) {
            review.set(key, { ...outcome.review, lines: [row.line], rows: 1 });
          }
          return plan.addCodeAt >= 0 ? { line: row.line, cells } : row;
        }
        const { entry } = outcome;
        let changed = plan.addCodeAt >= 0;
        if (plan.code >= 0 && cells[plan.code] !== entry.code) {
          cells[plan.code] = entry.code;
          counts.cellsChanged++;
          changed = true;
        }
        const official = caseOf(entry.name);
        if (plan.name >= 0 && cells[plan.name] !== official) {
          cells[plan.name] = official;
          counts.cellsChanged++;
          changed = true;
        }
        return changed ? { line: row.line, cells } : row;
      },
      details: () => (review.size > 0 ? { review: [...review.values()] } : {}),
    };
  },
};
