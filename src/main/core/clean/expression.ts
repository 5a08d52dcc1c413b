/**
 * The add-column expression language — small, safe, parsed here (never eval/Function):
 *
 *   expr    := concat
 *   concat  := sum ('&' sum)*                  text join
 *   sum     := product (('+' | '-') product)*  numbers
 *   product := unary (('*' | '/') unary)*
 *   unary   := '-' unary | primary
 *   primary := NUMBER | STRING | '{' column '}' | '(' expr ')'
 *
 * Strings are "…" or '…' (backslash escapes the next character). Column references use the
 * same rule as recipes (name, then name/label case-insensitively). Arithmetic reads canonical
 * decimals (`1234.5`); a cell that is not a number makes the result empty (counted as unparsed).
 */
import type { TableShape } from '../../../shared/model/step';
import { resolveColumn } from './columns';
import { formatNumber, isCanonicalNumber } from './number-canonical';

export type Expr =
  | { kind: 'num'; value: number; text: string }
  | { kind: 'str'; value: string }
  | { kind: 'col'; ref: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: '&' | '+' | '-' | '*' | '/'; left: Expr; right: Expr };

export const MAX_EXPRESSION_LENGTH = 1000;
const MAX_DEPTH = 40;

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

class ExprParser {
  private i = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  parse(): Expr {
    const e = this.concat();
    this.space();
    if (this.i < this.s.length)
      this.error(`karakter tak terduga "${this.s[this.i]}"`, `unexpected "${this.s[this.i]}"`);
    return e;
  }

  private error(id: string, en: string): never {
    throw new ExpressionError(
      `Ekspresi tidak valid di posisi ${this.i + 1}: ${id}.`,
      `Invalid expression at position ${this.i + 1}: ${en}.`,
    );
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  private peek(): string {
    this.space();
    return this.s[this.i] ?? '';
  }

  private concat(): Expr {
    let left = this.sum();
    while (this.peek() === '&') {
      this.i++;
      left = { kind: 'bin', op: '&', left, right: this.sum() };
    }
    return left;
  }

  private sum(): Expr {
    let left = this.product();
    for (let c = this.peek(); c === '+' || c === '-'; c = this.peek()) {
      this.i++;
      left = { kind: 'bin', op: c, left, right: this.product() };
    }
    return left;
  }

  private product(): Expr {
    let left = this.unary();
    for (let c = this.peek(); c === '*' || c === '/'; c = this.peek()) {
      this.i++;
      left = { kind: 'bin', op: c, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.peek() === '-') {
      this.i++;
      return { kind: 'neg', arg: this.nested(() => this.unary()) };
    }
    return this.primary();
  }

  private nested(f: () => Expr): Expr {
    if (++this.depth > MAX_DEPTH) this.error('terlalu bertingkat', 'nested too deeply');
    const e = f();
    this.depth--;
    return e;
  }

  private primary(): Expr {
    const c = this.peek();
    if (c === '(') {
      this.i++;
      const e = this.nested(() => this.concat());
      if (this.peek() !== ')') this.error('")" tidak ada', 'missing ")"');
      this.i++;
      return e;
    }
    if (c === '{') {
      const close = this.s.indexOf('}', this.i);
      if (close < 0) this.error('"}" tidak ada', 'missing "}"');
      const ref = this.s.slice(this.i + 1, close).trim();
      if (ref === '') this.error('nama kolom kosong', 'empty column name');
      this.i = close + 1;
      return { kind: 'col', ref };
    }
    if (c === '"' || c === "'") {
      let out = '';
      this.i++;
      while (this.i < this.s.length && this.s[this.i] !== c) {
        if (this.s[this.i] === '\\') this.i++;
        out += this.s[this.i] ?? '';
        this.i++;
      }
      if (this.i >= this.s.length) this.error('teks tidak ditutup', 'unterminated string');
      this.i++;
      return { kind: 'str', value: out };
    }
    const m = /^\d+(?:\.\d+)?/.exec(this.s.slice(this.i));
    if (m) {
      this.i += m[0].length;
      return { kind: 'num', value: Number(m[0]), text: m[0] };
    }
    if (c === '') this.error('ekspresi berakhir terlalu cepat', 'unexpected end');
    return this.error(`karakter tak terduga "${c}"`, `unexpected "${c}"`);
  }
}

export function parseExpression(text: string): Expr {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      `Ekspresi lebih dari ${MAX_EXPRESSION_LENGTH} karakter.`,
      `Expression longer than ${MAX_EXPRESSION_LENGTH} characters.`,
    );
  }
  return new ExprParser(text).parse();
}

export function expressionColumns(e: Expr): string[] {
  const out: string[] = [];
  const visit = (x: Expr): void => {
    if (x.kind === 'col') out.push(x.ref);
    else if (x.kind === 'neg') visit(x.arg);
    else if (x.kind === 'bin') {
      visit(x.left);
      visit(x.right);
    }
  };
  visit(e);
  return out;
}

/** A compiled expression: cells → value, or null when arithmetic met a non-number. */
export type Evaluator = (cells: readonly string[]) => string | null;

const FAIL = Symbol('fail');
type Value = string | number | typeof FAIL;

export function compileExpression(e: Expr, shape: TableShape): Evaluator {
  const indexOf = new Map<string, number>();
  for (const ref of expressionColumns(e)) indexOf.set(ref, resolveColumn(shape, ref));
  const asNumber = (v: Value): number | typeof FAIL => {
    if (typeof v === 'number') return v;
    if (v === FAIL) return FAIL;
    const t = v.trim();
    return isCanonicalNumber(t) ? Number(t) : FAIL;
  };
  const asText = (v: Value): string | typeof FAIL => {
    if (typeof v === 'string' || v === FAIL) return v;
    return formatNumber(v) ?? FAIL;
  };
  const ev = (x: Expr, cells: readonly string[]): Value => {
    switch (x.kind) {
      case 'num':
        return x.value;
      case 'str':
        return x.value;
      case 'col':
        return cells[indexOf.get(x.ref) ?? -1] ?? '';
      case 'neg': {
        const n = asNumber(ev(x.arg, cells));
        return n === FAIL ? FAIL : -n;
      }
      case 'bin': {
        const l = ev(x.left, cells);
        const r = ev(x.right, cells);
        if (x.op === '&') {
          const a = asText(l);
          const b = asText(r);
          return a === FAIL || b === FAIL ? FAIL : a + b;
        }
        const a = asNumber(l);
        const b = asNumber(r);
        if (a === FAIL || b === FAIL) return FAIL;
        if (x.op === '+') return a + b;
        if (x.op === '-') return a - b;
        if (x.op === '*') return a * b;
        return b === 0 ? FAIL : a / b;
      }
    }
  };
  return (cells) => {
    const v = asText(ev(e, cells));
    return v === FAIL ? null : v;
  };
}
