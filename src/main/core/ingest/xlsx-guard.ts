/**
 * Checks on an .xlsx file before ExcelJS touches it: the magic bytes (a renamed PDF, an
 * encrypted or old-format workbook, not a zip at all), then the zip's central directory read
 * with yauzl (too many entries, too much uncompressed data, suspicious compression ratios —
 * a zip bomb — and whether it is an Excel workbook at all). Also reads the workbook's sheet
 * list (xl/workbook.xml and its relationships) without loading any sheet.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, posix } from 'node:path';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';

export const XLSX_LIMITS = {
  /** total uncompressed size of all entries */
  maxUncompressedBytes: 500 * 1024 * 1024,
  /** compression ratio above which a large entry is refused */
  maxRatio: 200,
  /** entries smaller than this (uncompressed) are not judged by their ratio */
  ratioMinBytes: 10 * 1024 * 1024,
  maxEntries: 10_000,
  /** xl/workbook.xml and its rels are read whole: refuse absurd sizes */
  maxWorkbookXmlBytes: 16 * 1024 * 1024,
} as const;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export interface XlsxSheetInfo {
  name: string;
  /** zip path of the sheet's XML, e.g. xl/worksheets/sheet1.xml */
  path: string;
  /** 'visible' | 'hidden' | 'veryHidden' */
  state: string;
}

export interface CheckedXlsx {
  entries: Map<string, ZipEntryInfo>;
  totalUncompressed: number;
}

function refuse(code: string, fileName: string, message: string, messageEn: string): AppError {
  return new AppError({ kind: 'user-input', code, message, messageEn, file: fileName });
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function readBytes(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, position);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** An OLE (CFB) file that holds an `EncryptedPackage` stream is a password-protected .xlsx. */
function oleIsEncryptedXlsx(path: string, size: number): boolean {
  const marker = Buffer.from('EncryptedPackage', 'utf16le');
  const window = 4 * 1024 * 1024;
  if (size <= 2 * window) return readBytes(path, 0, size).includes(marker);
  return (
    readBytes(path, 0, window).includes(marker) ||
    readBytes(path, size - window, window).includes(marker)
  );
}

function checkMagic(path: string, fileName: string): number {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw refuse(
      'file-not-found',
      fileName,
      `Berkas ${fileName} tidak ditemukan atau tidak dapat dibaca.`,
      `File ${fileName} was not found or cannot be read.`,
    );
  }
  if (size === 0) {
    throw refuse(
      'file-empty',
      fileName,
      `Berkas ${fileName} kosong (0 bita).`,
      `File ${fileName} is empty (0 bytes).`,
    );
  }
  const head = readBytes(path, 0, 8);
  if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) return size;
  if (startsWith(head, OLE)) {
    if (oleIsEncryptedXlsx(path, size)) {
      throw refuse(
        'xlsx-encrypted',
        fileName,
        `Buku kerja ${fileName} dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), lalu simpan ulang sebagai .xlsx.`,
        `Workbook ${fileName} is password-protected (encrypted), so its content cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again as .xlsx.`,
      );
    }
    throw refuse(
      'xls-legacy-format',
      fileName,
      `Berkas ${fileName} berformat Excel lama (.xls, Excel 97–2003) yang tidak didukung. Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8.`,
      `File ${fileName} is in the old Excel format (.xls, Excel 97–2003), which is not supported. Open it in Excel and save it as .xlsx or CSV UTF-8.`,
    );
  }
  if (startsWith(head, PDF)) {
    throw refuse(
      'xlsx-is-pdf',
      fileName,
      `Berkas ${fileName} sebenarnya PDF yang diberi nama .xlsx, bukan buku kerja Excel. Minta berkas XLSX atau CSV asli dari produsen data.`,
      `File ${fileName} is really a PDF renamed to .xlsx, not an Excel workbook. Ask the data producer for the original XLSX or CSV file.`,
    );
  }
  throw refuse(
    'xlsx-not-zip',
    fileName,
    `Berkas ${fileName} bukan buku kerja Excel (.xlsx): isinya bukan arsip ZIP. Simpan ulang dari Excel sebagai .xlsx atau CSV.`,
    `File ${fileName} is not an Excel workbook (.xlsx): it is not a ZIP archive. Save it again from Excel as .xlsx or CSV.`,
  );
}

function corrupt(fileName: string, reason: string): AppError {
  return refuse(
    'xlsx-corrupt',
    fileName,
    `Buku kerja ${fileName} rusak dan tidak dapat dibaca (${reason}). Buka di Excel dan simpan ulang.`,
    `Workbook ${fileName} is damaged and cannot be read (${reason}). Open it in Excel and save it again.`,
  );
}

function zipBomb(fileName: string, what: string, whatEn: string): AppError {
  return refuse(
    'xlsx-too-large',
    fileName,
    `Buku kerja ${fileName} ditolak: ${what}. Berkas seperti ini bisa menghabiskan memori (zip bomb). Jika datanya memang sebesar itu, ekspor sebagai CSV.`,
    `Workbook ${fileName} was refused: ${whatEn}. A file like this could exhaust memory (zip bomb). If the data really is that large, export it as CSV.`,
  );
}

const MB = 1024 * 1024;

/**
 * Check that `path` is a readable, plausible .xlsx workbook; throws an AppError (kind
 * `user-input`) naming the file otherwise. Reads only the magic bytes and the zip directory.
 */
export async function checkXlsx(path: string, fileName = basename(path)): Promise<CheckedXlsx> {
  checkMagic(path, fileName);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch (err) {
    throw corrupt(fileName, err instanceof Error ? err.message : String(err));
  }
  try {
    if (zip.entryCount > XLSX_LIMITS.maxEntries) {
      throw zipBomb(
        fileName,
        `arsipnya berisi ${zip.entryCount.toLocaleString('id-ID')} entri (batas ${XLSX_LIMITS.maxEntries.toLocaleString('id-ID')})`,
        `its archive holds ${zip.entryCount} entries (limit ${XLSX_LIMITS.maxEntries})`,
      );
    }
    const entries = new Map<string, ZipEntryInfo>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) {
        throw refuse(
          'xlsx-encrypted',
          fileName,
          `Buku kerja ${fileName} terenkripsi dan tidak dapat dibaca. Simpan ulang tanpa kata sandi.`,
          `Workbook ${fileName} is encrypted and cannot be read. Save it again without a password.`,
        );
      }
      const info: ZipEntryInfo = {
        name: entry.fileName,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
      };
      total += info.uncompressedSize;
      if (total > XLSX_LIMITS.maxUncompressedBytes) {
        throw zipBomb(
          fileName,
          `isinya lebih dari ${XLSX_LIMITS.maxUncompressedBytes / MB} MB setelah diekstrak`,
          `it unpacks to more than ${XLSX_LIMITS.maxUncompressedBytes / MB} MB`,
        );
      }
      if (
        info.uncompressedSize >= XLSX_LIMITS.ratioMinBytes &&
        info.uncompressedSize > XLSX_LIMITS.maxRatio * Math.max(1, info.compressedSize)
      ) {
        throw zipBomb(
          fileName,
          `entri ${info.name} memampat lebih dari ${XLSX_LIMITS.maxRatio}:1`,
          `entry ${info.name} is compressed more than ${XLSX_LIMITS.maxRatio}:1`,
        );
      }
      entries.set(info.name, info);
    }
    if (!entries.has('[Content_Types].xml') || !entries.has('xl/workbook.xml')) {
      throw refuse(
        'xlsx-not-a-workbook',
        fileName,
        `Berkas ${fileName} adalah arsip ZIP tetapi bukan buku kerja Excel (.xlsx). Simpan ulang dari Excel sebagai .xlsx atau CSV.`,
        `File ${fileName} is a ZIP archive but not an Excel workbook (.xlsx). Save it again from Excel as .xlsx or CSV.`,
      );
    }
    return { entries, totalUncompressed: total };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw corrupt(fileName, err instanceof Error ? err.message : String(err));
  } finally {
    zip.close();
  }
}

/** Read small zip entries whole (size-checked by `checkXlsx` first). */
export async function readZipTexts(
  path: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const wanted = new Set(names);
  const out = new Map<string, string>();
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (!wanted.has(entry.fileName)) continue;
      if (entry.uncompressedSize > XLSX_LIMITS.maxWorkbookXmlBytes) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
    }
  } finally {
    zip.close();
  }
  return out;
}

/**
 * Stream one zip entry's text and call `onText` with each piece; `overlap` characters of the
 * previous piece are repeated at the start of the next so that a pattern cut in two is found.
 */
export async function scanZipEntry(
  path: string,
  name: string,
  onText: (text: string) => void,
  overlap = 256,
): Promise<void> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const stream = await zip.openReadStreamPromise(entry);
      let tail = '';
      stream.setEncoding('utf8');
      for await (const chunk of stream) {
        const text = tail + (chunk as string);
        onText(text);
        tail = text.slice(-overlap);
      }
      break;
    }
  } finally {
    zip.close();
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function xmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[e.toLowerCase()] ?? '';
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return xmlDecode(m[2] ?? m[3] ?? '');
}

/** The sheets of a checked workbook, in workbook order, with the zip path of each. */
export async function readSheetList(path: string): Promise<XlsxSheetInfo[]> {
  const texts = await readZipTexts(path, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
  const workbook = texts.get('xl/workbook.xml') ?? '';
  const rels = texts.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) {
      targets.set(
        id,
        target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target)),
      );
    }
  }
  const sheets: XlsxSheetInfo[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const rid = attr(m[0], 'r:id') ?? attr(m[0], '[\\w]+:id');
    if (name === undefined) continue;
    const sheetPath = (rid && targets.get(rid)) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
    sheets.push({ name, path: sheetPath, state: attr(m[0], 'state') ?? 'visible' });
  }
  return sheets;
}
