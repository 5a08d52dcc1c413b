/**
 * A `PrintDocument` as an A4 PDF (pdfkit), laid out like its HTML twin (print-forms.ts):
 * letterhead with a double rule, centred title, identification lines, grey section headings,
 * bordered label/value rows, tables whose header repeats on each page, the signature block on
 * the right and "Halaman i dari n" in the footer.
 *
 * Fonts: the PDF standard fonts (Times, Courier) by default, so no font file is needed and the
 * output is the same on every machine; they cover Latin-1 and the WinAnsi punctuation, which is
 * what Indonesian text uses. Other characters are folded (é → e) or become "?". Pass TrueType
 * files in `fonts` for full Unicode.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type {
  PrintDocument,
  PrintField,
  PrintSignature,
  PrintTable,
} from '../../../shared/model/catalog';
import { atomicWrite } from '../export/atomic-write';
import { NOT_FILLED } from './metadata-view';
import { PRINT_TEXT, signatureDate } from './print-forms';

type Pdf = InstanceType<typeof PDFDocument>;

export interface PdfFonts {
  regular: string;
  bold: string;
  italic?: string;
  mono?: string;
}

export interface PdfOptions {
  /** TrueType/OpenType files for full Unicode; default: the PDF standard Times and Courier */
  fonts?: PdfFonts;
}

const MM = 72 / 25.4;
const MARGIN = { top: 18 * MM, bottom: 20 * MM, left: 16 * MM, right: 16 * MM };
const GREY = '#e6e6e6';
const LABEL_FILL = '#f6f6f6';
const BORDER = '#999999';
const MUTED = '#666666';

// WinAnsi (cp1252) characters above Latin-1's printable range that the standard fonts have.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard fonts can draw: Latin-1 and WinAnsi kept, accents folded, the rest '?'. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || ch === '\t') out += ch;
    else if (
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(ch)
    ) {
      out += ch;
    } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      // control characters are dropped
    } else if (ch === '\u2212') out += '-';
    else if (ch === '\u2009' || ch === '\u202f' || ch === '\u2007') out += ' ';
    else {
      const folded = ch.normalize('NFKD').replace(/\p{M}+/gu, '');
      out += /^[\x20-\x7e\xa0-\xff]+$/.test(folded) ? folded : '?';
    }
  }
  return out;
}

interface FontSet {
  regular: string;
  bold: string;
  italic: string;
  mono: string;
  clean: (text: string) => string;
}

function setUpFonts(pdf: Pdf, fonts: PdfFonts | undefined): FontSet {
  if (!fonts) {
    return {
      regular: 'Times-Roman',
      bold: 'Times-Bold',
      italic: 'Times-Italic',
      mono: 'Courier',
      clean: toWinAnsi,
    };
  }
  pdf.registerFont('sd-regular', fonts.regular);
  pdf.registerFont('sd-bold', fonts.bold);
  pdf.registerFont('sd-italic', fonts.italic ?? fonts.regular);
  pdf.registerFont('sd-mono', fonts.mono ?? fonts.regular);
  return {
    regular: 'sd-regular',
    bold: 'sd-bold',
    italic: 'sd-italic',
    mono: 'sd-mono',
    // eslint-disable-next-line no-control-regex
    clean: (t) => t.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''),
  };
}

class Layout {
  readonly left = MARGIN.left;
  readonly width: number;
  readonly bottom: number;
  readonly top = MARGIN.top;

  constructor(
    readonly pdf: Pdf,
    readonly f: FontSet,
  ) {
    this.width = pdf.page.width - MARGIN.left - MARGIN.right;
    this.bottom = pdf.page.height - MARGIN.bottom;
  }

  get y(): number {
    return this.pdf.y;
  }

  set y(v: number) {
    this.pdf.y = v;
  }

  /** Start a new page when `h` points do not fit on this one. */
  ensure(h: number): void {
    if (this.y + h > this.bottom && this.y > this.top + 1) {
      this.pdf.addPage();
      this.y = this.top;
    }
  }

  height(text: string, font: string, size: number, width: number): number {
    this.pdf.font(font).fontSize(size);
    return this.pdf.heightOfString(this.f.clean(text) || ' ', { width, lineGap: 1 });
  }

  text(
    text: string,
    x: number,
    y: number,
    font: string,
    size: number,
    width: number,
    opts: { align?: 'left' | 'center' | 'right'; color?: string; underline?: boolean } = {},
  ): void {
    this.pdf
      .font(font)
      .fontSize(size)
      .fillColor(opts.color ?? '#111111')
      .text(this.f.clean(text), x, y, {
        width,
        lineGap: 1,
        align: opts.align ?? 'left',
        underline: opts.underline ?? false,
      });
  }

  box(x: number, y: number, w: number, h: number, fill?: string): void {
    if (fill) this.pdf.rect(x, y, w, h).fill(fill);
    this.pdf.lineWidth(0.6).rect(x, y, w, h).stroke(BORDER);
  }
}

function letterhead(l: Layout, lines: readonly string[]): void {
  lines.forEach((line, i) => {
    const size = i === 0 ? 13 : 12;
    l.text(line, l.left, l.y, l.f.bold, size, l.width, { align: 'center' });
  });
  const y = l.y + 4;
  l.pdf
    .lineWidth(1.6)
    .moveTo(l.left, y)
    .lineTo(l.left + l.width, y)
    .stroke('#111111');
  l.pdf
    .lineWidth(0.6)
    .moveTo(l.left, y + 3)
    .lineTo(l.left + l.width, y + 3)
    .stroke('#111111');
  l.y = y + 14;
}

function fieldValue(field: PrintField, lang: PrintDocument['lang']): string {
  if (field.empty) return field.required ? `— ${NOT_FILLED[lang]}` : '—';
  return Array.isArray(field.value) ? field.value.map((v) => `• ${v}`).join('\n') : field.value;
}

function fieldRows(l: Layout, fields: readonly PrintField[], lang: PrintDocument['lang']): void {
  const labelW = l.width * 0.34;
  const valueW = l.width - labelW;
  const pad = 4;
  const size = 10.5;
  for (const field of fields) {
    const label = field.required ? `${field.label} *` : field.label;
    const value = fieldValue(field, lang);
    const valueFont = field.empty ? l.f.italic : field.mono ? l.f.mono : l.f.regular;
    const valueSize = field.mono ? 9.5 : size;
    const h =
      Math.max(
        l.height(label, l.f.regular, size, labelW - 2 * pad),
        l.height(value, valueFont, valueSize, valueW - 2 * pad),
      ) +
      2 * pad;
    l.ensure(h);
    const y = l.y;
    l.box(l.left, y, labelW, h, LABEL_FILL);
    l.box(l.left + labelW, y, valueW, h);
    l.text(label, l.left + pad, y + pad, l.f.regular, size, labelW - 2 * pad);
    l.text(value, l.left + labelW + pad, y + pad, valueFont, valueSize, valueW - 2 * pad, {
      color: field.empty ? MUTED : '#111111',
    });
    l.y = y + h;
  }
  l.y += 6;
}

function table(l: Layout, t: PrintTable): void {
  const size = 9;
  const pad = 3;
  const weights =
    t.widths && t.widths.length === t.columns.length ? t.widths : t.columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => (w / total) * l.width);
  const rowHeight = (cells: readonly string[], font: string): number =>
    Math.max(...cells.map((c, i) => l.height(c, font, size, (widths[i] ?? 20) - 2 * pad))) +
    2 * pad;
  const drawRow = (cells: readonly string[], font: string, fill?: string): void => {
    const h = rowHeight(cells, font);
    let x = l.left;
    const y = l.y;
    cells.forEach((c, i) => {
      const w = widths[i] ?? 20;
      l.box(x, y, w, h, fill);
      l.text(c, x + pad, y + pad, font, size, w - 2 * pad);
      x += w;
    });
    l.y = y + h;
  };
  const headerH = rowHeight(t.columns, l.f.bold);
  if (t.caption) {
    const ch = l.height(t.caption, l.f.bold, 10, l.width);
    l.ensure(ch + headerH + 20);
    l.text(t.caption, l.left, l.y, l.f.bold, 10, l.width);
    l.y += 2;
  } else {
    l.ensure(headerH + 20);
  }
  drawRow(t.columns, l.f.bold, GREY);
  if (t.rows.length === 0) {
    const text = t.emptyText ?? '—';
    const h = l.height(text, l.f.italic, size, l.width - 2 * pad) + 2 * pad;
    l.box(l.left, l.y, l.width, h);
    l.text(text, l.left + pad, l.y + pad, l.f.italic, size, l.width - 2 * pad, { color: MUTED });
    l.y += h;
  }
  for (const row of t.rows) {
    const h = rowHeight(row, l.f.regular);
    if (l.y + h > l.bottom) {
      l.pdf.addPage();
      l.y = l.top;
      drawRow(t.columns, l.f.bold, GREY);
    }
    drawRow(row, l.f.regular);
  }
  l.y += 8;
}

function sectionHeading(l: Layout, heading: string): void {
  const h = l.height(heading, l.f.bold, 11, l.width - 14) + 6;
  l.ensure(h + 40);
  l.y += 4;
  const y = l.y;
  l.pdf.rect(l.left, y, l.width, h).fill(GREY);
  l.pdf.rect(l.left, y, 3, h).fill('#333333');
  l.text(heading, l.left + 8, y + 3, l.f.bold, 11, l.width - 14);
  l.y = y + h + 5;
}

function signature(l: Layout, s: PrintSignature, lang: PrintDocument['lang']): void {
  const w = 78 * MM;
  const x = l.left + l.width - w;
  const size = 11;
  const dots = PRINT_TEXT.dots[lang];
  const before = [`${s.tempat ?? dots}, ${signatureDate(s, lang)}`];
  if (s.caption) before.push(s.caption);
  before.push(s.jabatan ?? dots);
  const beforeH = before.reduce((sum, t) => sum + l.height(t, l.f.regular, size, w), 0);
  l.ensure(beforeH + 24 * MM + 40);
  l.y += 18;
  for (const t of before) l.text(t, x, l.y, l.f.regular, size, w);
  l.y += 24 * MM;
  l.text(s.nama ?? dots, x, l.y, l.f.bold, size, w, { underline: s.nama !== undefined });
  l.text(`${PRINT_TEXT.nip[lang]} ${s.nip ?? dots}`, x, l.y, l.f.regular, size, w);
}

function footers(l: Layout, doc: PrintDocument): void {
  const range = l.pdf.bufferedPageRange();
  const lang = doc.lang;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    l.pdf.switchToPage(i);
    const bottomMargin = l.pdf.page.margins.bottom;
    l.pdf.page.margins.bottom = 0;
    const y = l.pdf.page.height - MARGIN.bottom + 8;
    l.pdf
      .lineWidth(0.5)
      .moveTo(l.left, y - 3)
      .lineTo(l.left + l.width, y - 3)
      .stroke('#bbbbbb');
    const pageText = `${PRINT_TEXT.page[lang]} ${i + 1 - range.start} ${PRINT_TEXT.of[lang]} ${range.count}`;
    l.text(doc.footer ?? '', l.left, y, l.f.regular, 8, l.width * 0.7, { color: MUTED });
    l.text(pageText, l.left + l.width * 0.7, y, l.f.regular, 8, l.width * 0.3, {
      align: 'right',
      color: MUTED,
    });
    l.pdf.page.margins.bottom = bottomMargin;
  }
}

function render(pdf: Pdf, doc: PrintDocument, fonts: FontSet): void {
  const l = new Layout(pdf, fonts);
  l.y = l.top;
  if (doc.letterhead && doc.letterhead.length > 0) letterhead(l, doc.letterhead);
  l.text(doc.title, l.left, l.y, fonts.bold, 13.5, l.width, { align: 'center' });
  if (doc.subtitle) {
    l.y += 2;
    l.text(doc.subtitle, l.left, l.y, fonts.bold, 12, l.width, { align: 'center' });
  }
  l.y += 10;
  for (const f of doc.identity ?? []) {
    const value = `: ${Array.isArray(f.value) ? f.value.join(', ') : f.value}`;
    const labelW = l.width * 0.3;
    const h = Math.max(
      l.height(f.label, fonts.regular, 10, labelW),
      l.height(value, fonts.regular, 10, l.width - labelW),
    );
    const y = l.y;
    l.text(f.label, l.left, y, fonts.regular, 10, labelW);
    l.text(value, l.left + labelW, y, fonts.regular, 10, l.width - labelW);
    l.y = y + h + 1;
  }
  l.y += 6;
  for (const section of doc.sections) {
    sectionHeading(l, section.heading);
    for (const block of section.blocks) {
      if (block.kind === 'fields') fieldRows(l, block.fields, doc.lang);
      else if (block.kind === 'table') table(l, block.table);
      else {
        const h = l.height(block.text, fonts.italic, 10.5, l.width);
        l.ensure(h);
        l.text(block.text, l.left, l.y, block.muted ? fonts.italic : fonts.regular, 10.5, l.width, {
          color: block.muted ? MUTED : '#111111',
        });
        l.y += 6;
      }
    }
  }
  if (doc.signature) signature(l, doc.signature, doc.lang);
  footers(l, doc);
}

function newPdf(doc: PrintDocument): Pdf {
  return new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: doc.lang === 'id' ? 'id-ID' : 'en-GB',
    displayTitle: true,
    info: {
      Title: toWinAnsi(doc.subtitle ? `${doc.title} - ${doc.subtitle}` : doc.title),
      Creator: 'Satu Data Workbench',
      Producer: 'Satu Data Workbench (pdfkit)',
    },
  });
}

/** The PDF bytes of `doc` (for hosts that send it as a download). */
export async function renderPdf(doc: PrintDocument, options: PdfOptions = {}): Promise<Buffer> {
  const pdf = newPdf(doc);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  render(pdf, doc, setUpFonts(pdf, options.fonts));
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

/** Write `doc` as a PDF at `targetPath` (atomically); returns its size and page count. */
export async function writePdf(
  doc: PrintDocument,
  targetPath: string,
  options: PdfOptions = {},
): Promise<{ bytes: number; pages: number }> {
  let pages = 0;
  await atomicWrite(targetPath, async (tmp) => {
    const pdf = newPdf(doc);
    const out = createWriteStream(tmp, { flags: 'wx' });
    pdf.pipe(out);
    render(pdf, doc, setUpFonts(pdf, options.fonts));
    pages = pdf.bufferedPageRange().count;
    pdf.end();
    await finished(out);
  });
  return { bytes: (await stat(targetPath)).size, pages };
}
