/**
 * Regular expressions from recipes are untrusted (a recipe may come from another tool or a
 * colleague). JavaScript's engine backtracks, so a pattern such as `(a+)+$` can take
 * exponential time. Node offers no timeout for a synchronous match and its linear-time engine
 * rejects case-insensitive patterns, so the guard is static and deterministic — the same
 * recipe is accepted or refused on every machine:
 *
 *   1. the pattern is at most 200 characters and compiles as a JavaScript RegExp;
 *   2. no backreferences (`\1`, `\k<n>`) and no lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`);
 *   3. no nested quantifiers: a repeated group may not contain a repetition or an
 *      alternation (`(a+)+`, `(\w+\s?)*`, `(a|aa)+`) — the exponential cases;
 *   4. no two unbounded repetitions that can both match some character c when everything
 *      required between them can match c too (`\s*\s*`, `\d+\.?\d+`, `.*,.*`, `b+b\w.*:`)
 *      — the polynomial cases; write `[^,]*,.*` instead;
 *   5. repetition bounds `{n,m}` at most 1000.
 *
 * At run time a regex step also skips cells longer than 4,000 characters (left unchanged and
 * counted as `unparsed`), which bounds the remaining quadratic cost of a failing search.
 */
import type { StepReason } from '../../../shared/model/step';

export const MAX_PATTERN_LENGTH = 200;
export const MAX_REGEX_INPUT = 4_000;
const MAX_BOUND = 1000;
/** repetitions with a larger upper bound count as unbounded for rule 4 */
const LARGE = 16;

type Node =
  | { kind: 'set'; src: string }
  | { kind: 'empty' }
  | { kind: 'group'; alts: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

class GuardError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

function fail(code: string, id: string, en: string): never {
  throw new GuardError(code, id, en);
}

class Parser {
  private i = 0;
  constructor(private readonly p: string) {}

  parse(): Node[][] {
    const alts = this.alternation();
    if (this.i < this.p.length) fail('regex-syntax', 'Kurung tutup berlebih.', 'Unbalanced ).');
    return alts;
  }

  private alternation(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.p[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.p.length && this.p[this.i] !== '|' && this.p[this.i] !== ')') {
      items.push(this.term());
    }
    return items;
  }

  private term(): Node {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (this.p[this.i] === '?') this.i++;
    if ((Number.isFinite(q.max) && q.max > MAX_BOUND) || q.min > MAX_BOUND) {
      fail(
        'regex-bound',
        `Batas pengulangan lebih dari ${MAX_BOUND}.`,
        `Repetition bound above ${MAX_BOUND}.`,
      );
    }
    return { kind: 'repeat', node: atom, min: q.min, max: q.max };
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.p[this.i];
    if (c === '*') return (this.i++, { min: 0, max: Infinity });
    if (c === '+') return (this.i++, { min: 1, max: Infinity });
    if (c === '?') return (this.i++, { min: 0, max: 1 });
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i));
      if (!m) return null;
      this.i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      return { min, max };
    }
    return null;
  }

  private atom(): Node {
    const p = this.p;
    const start = this.i;
    const c = p[this.i];
    if (c === '(') {
      this.i++;
      if (
        p.startsWith('?=', this.i) ||
        p.startsWith('?!', this.i) ||
        p.startsWith('?<=', this.i) ||
        p.startsWith('?<!', this.i)
      ) {
        fail(
          'regex-lookaround',
          'Lookahead/lookbehind tidak didukung dalam resep.',
          'Lookahead/lookbehind is not supported in recipes.',
        );
      }
      if (p.startsWith('?:', this.i)) this.i += 2;
      else if (p.startsWith('?<', this.i)) {
        const close = p.indexOf('>', this.i);
        if (close < 0) fail('regex-syntax', 'Nama grup tidak ditutup.', 'Unclosed group name.');
        this.i = close + 1;
      }
      const alts = this.alternation();
      if (p[this.i] !== ')') fail('regex-syntax', 'Kurung tidak ditutup.', 'Unclosed (.');
      this.i++;
      return { kind: 'group', alts };
    }
    if (c === '[') {
      this.i++;
      if (p[this.i] === '^') this.i++;
      if (p[this.i] === ']') this.i++;
      while (this.i < p.length && p[this.i] !== ']') this.i += p[this.i] === '\\' ? 2 : 1;
      if (this.i >= p.length) fail('regex-syntax', 'Kelas karakter tidak ditutup.', 'Unclosed [.');
      this.i++;
      return { kind: 'set', src: p.slice(start, this.i) };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'empty' };
    }
    if (c === '\\') {
      const n = p[this.i + 1] ?? '';
      if (/[1-9]/.test(n) || (n === 'k' && p[this.i + 2] === '<')) {
        fail(
          'regex-backreference',
          'Rujukan balik (\\1, \\k<…>) tidak didukung dalam resep.',
          'Backreferences (\\1, \\k<…>) are not supported in recipes.',
        );
      }
      if (n === 'b' || n === 'B') {
        this.i += 2;
        return { kind: 'empty' };
      }
      const m = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z]|[\s\S])/.exec(p.slice(this.i));
      this.i += m ? m[0].length : 1;
      return { kind: 'set', src: p.slice(start, this.i) };
    }
    if (c === '*' || c === '+' || c === '?') {
      fail('regex-syntax', 'Pengulang tanpa sasaran.', 'Nothing to repeat.');
    }
    this.i++;
    return { kind: 'set', src: p.slice(start, this.i) };
  }
}

/** Characters sampled to decide whether two character sets overlap. */
const SAMPLE: string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c < 256; c++) out.push(String.fromCharCode(c));
  out.push('\u2013', '\u2019', '\u200b', '\u2009', '\u3000', 'ā', 'ğ', 'Ω', 'я', '中', '€');
  return out;
})();

class Analyzer {
  private readonly setCache = new Map<string, Uint8Array>();
  constructor(private readonly flags: string) {}

  private chars(src: string): Uint8Array {
    let bits = this.setCache.get(src);
    if (!bits) {
      bits = new Uint8Array(SAMPLE.length);
      try {
        const re = new RegExp(`^(?:${src})$`, this.flags);
        for (let k = 0; k < SAMPLE.length; k++) bits[k] = re.test(SAMPLE[k] ?? '') ? 1 : 0;
      } catch {
        bits.fill(1); // unknown atom: assume it matches anything (the safe side)
      }
      this.setCache.set(src, bits);
    }
    return bits;
  }

  /** Every character the node can consume (over-approximation). */
  charsOf(node: Node): Uint8Array {
    const out = new Uint8Array(SAMPLE.length);
    const visit = (n: Node): void => {
      if (n.kind === 'set') {
        const b = this.chars(n.src);
        for (let k = 0; k < b.length; k++) if (b[k]) out[k] = 1;
      } else if (n.kind === 'group') n.alts.forEach((a) => a.forEach(visit));
      else if (n.kind === 'repeat') visit(n.node);
    };
    visit(node);
    return out;
  }

  static minLength(node: Node): number {
    if (node.kind === 'set') return 1;
    if (node.kind === 'empty') return 0;
    if (node.kind === 'repeat') return node.min * Analyzer.minLength(node.node);
    return Math.min(...node.alts.map((a) => a.reduce((s, n) => s + Analyzer.minLength(n), 0)));
  }

  static repeats(node: Node): boolean {
    if (node.kind === 'repeat') return node.max > 1 || Analyzer.repeats(node.node);
    if (node.kind === 'group')
      return node.alts.length > 1 || node.alts.some((a) => a.some(Analyzer.repeats));
    return false;
  }

  checkNested(node: Node): void {
    if (node.kind === 'repeat') {
      if (node.max > 1 && Analyzer.repeats(node.node)) {
        fail(
          'regex-nested-quantifier',
          'Pengulang bersarang seperti (a+)+ atau (a|b)* dapat membuat pencarian macet; sederhanakan polanya.',
          'Nested quantifiers such as (a+)+ or (a|b)* can make matching hang; simplify the pattern.',
        );
      }
      this.checkNested(node.node);
    } else if (node.kind === 'group') {
      for (const alt of node.alts) {
        this.checkSequence(alt);
        alt.forEach((n) => this.checkNested(n));
      }
    }
  }

  /** Inline plain groups (no alternation, no repetition) so adjacency is seen through them. */
  private flatten(seq: Node[]): Node[] {
    const out: Node[] = [];
    for (const n of seq) {
      if (n.kind === 'group' && n.alts.length === 1) out.push(...this.flatten(n.alts[0] ?? []));
      else out.push(n);
    }
    return out;
  }

  /**
   * Two unbounded repetitions A … B are ambiguous (polynomial backtracking) when some character
   * c is matched by both, and every required item between them can also match c: a run of c
   * can then be split between A, the middle and B in many ways.
   */
  checkSequence(seq: Node[]): void {
    const items = this.flatten(seq);
    const unbounded = (n: Node | undefined): n is Node =>
      n !== undefined && n.kind === 'repeat' && n.max >= LARGE;
    for (let i = 0; i < items.length; i++) {
      const a = items[i];
      if (!unbounded(a)) continue;
      const setA = this.charsOf(a);
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j];
        if (!unbounded(b)) continue;
        const setB = this.charsOf(b);
        const common = setA.map((v, k) => (v === 1 && setB[k] === 1 ? 1 : 0));
        if (!common.some((v) => v === 1)) continue;
        let bridged = true;
        for (let k = i + 1; k < j && bridged; k++) {
          const m = items[k]!;
          if (Analyzer.minLength(m) === 0) continue;
          const setM = this.charsOf(m);
          bridged = setM.some((v, x) => v === 1 && common[x] === 1);
        }
        if (bridged) {
          fail(
            'regex-overlapping-quantifiers',
            'Dua pengulang tak terbatas dapat mencocokkan karakter yang sama (mis. \\s*\\s* atau .*,.*); gunakan kelas negasi seperti [^,]*.',
            'Two unbounded quantifiers can match the same characters (e.g. \\s*\\s* or .*,.*); use a negated class such as [^,]*.',
          );
        }
      }
    }
  }
}

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; reason: StepReason };

/** Check a recipe pattern and compile it (flags: `g`, plus `i` when case-insensitive). */
export function compileGuardedRegex(pattern: string, caseSensitive = true): RegexCheck {
  const flags = caseSensitive ? 'g' : 'gi';
  try {
    if (pattern.length > MAX_PATTERN_LENGTH) {
      fail(
        'regex-too-long',
        `Pola lebih dari ${MAX_PATTERN_LENGTH} karakter.`,
        `Pattern longer than ${MAX_PATTERN_LENGTH} characters.`,
      );
    }
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, flags);
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      fail('regex-syntax', `Pola tidak valid: ${text}`, `Invalid pattern: ${text}`);
    }
    const alts = new Parser(pattern).parse();
    const analyzer = new Analyzer(caseSensitive ? '' : 'i');
    analyzer.checkNested({ kind: 'group', alts });
    return { ok: true, regex };
  } catch (e) {
    if (e instanceof GuardError) {
      return {
        ok: false,
        reason: {
          code: e.code,
          message: `Pola regex "${pattern.slice(0, 60)}" ditolak: ${e.message}`,
          messageEn: `Regex pattern "${pattern.slice(0, 60)}" refused: ${e.messageEn}`,
        },
      };
    }
    throw e;
  }
}
