/**
 * HTML output that escapes by default. Every page of the catalog and every printable form is
 * built with the `markup` tagged template: an interpolated value is escaped unless it is already
 * `SafeHtml` (the result of another `markup` template or of `raw` for a literal the code owns).
 * So a dataset titled `<img src=x onerror=alert(1)>` can only ever render as text.
 *
 * Data for scripts goes into `<script type="application/json">` through `jsonScript`, which
 * escapes `<`, `>`, `&` and U+2028/U+2029 so no value can close the element or break parsing.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escape text for element content and quoted attribute values; NUL becomes U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c).replace(/\0/g, '\uFFFD');
}

/** Markup the code itself wrote (never data). */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template: literal parts are trusted markup, every interpolation is escaped. (Named
 * `markup`, not `html`, so Prettier leaves the templates' whitespace alone.)
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Join already safe fragments. */
export function join(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(parts.map(render).join(sep));
}

/** JSON safe to place inside `<script type="application/json">` (read back with JSON.parse). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function jsonScript(id: string, value: unknown): SafeHtml {
  return markup`<script type="application/json" id="${id}">${raw(jsonForScript(value))}</script>`;
}

/**
 * A relative link built from path segments the generator chose (slugs, sanitised file names):
 * each segment is percent-encoded, so no value can introduce a scheme (`javascript:`), a query
 * or a different folder.
 */
export function relativeHref(...segments: string[]): string {
  return segments
    .flatMap((s) => s.split('/'))
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s)))
    .join('/');
}

/**
 * A file name safe on every file system and in a URL: letters, digits, `.`, `_` and `-` only,
 * no leading dot, at most 120 characters; the extension is kept.
 */
export function safeFileName(name: string, fallback = 'berkas'): string {
  const base = name.replace(/^.*[\\/]/, '');
  const folded = base
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+(\.[A-Za-z0-9]+)$/, '$1');
  const ext = /\.[A-Za-z0-9]{1,10}$/.exec(folded)?.[0] ?? '';
  const stem = folded.slice(0, folded.length - ext.length).slice(0, 120 - ext.length);
  const safe = stem.replace(/[.-]+$/, '') + ext;
  return stem.replace(/[.-]+/g, '') === '' ? fallback + ext : safe;
}
