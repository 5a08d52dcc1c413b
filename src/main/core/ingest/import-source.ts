/**
 * Checks on the file a steward gives before anything is read or written: it exists, it is a
 * file, it is not empty, and what kind of content it holds (by magic bytes, not by name).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';

export type SourceKind = 'csv' | 'xlsx';

export interface CheckedSource {
  path: string;
  /** the name the steward knows the file by (upload name or base name) */
  fileName: string;
  size: number;
  kind: SourceKind;
  /** the first bytes of the file (up to 64 KiB) */
  head: Buffer;
}

const HEAD_BYTES = 64 * 1024;

function userInput(code: string, message: string, messageEn: string, file: string): AppError {
  return new AppError({ kind: 'user-input', code, message, messageEn, file });
}

export function readHead(path: string, bytes = HEAD_BYTES): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

export function checkSource(path: string, displayName?: string): CheckedSource {
  const fileName = displayName ?? basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      throw userInput(
        'file-is-directory',
        `${fileName} adalah folder, bukan berkas. Pilih satu berkas CSV atau XLSX.`,
        `${fileName} is a folder, not a file. Choose one CSV or XLSX file.`,
        fileName,
      );
    }
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw userInput(
      'file-not-found',
      `Berkas ${fileName} tidak ditemukan atau tidak dapat dibaca. Periksa nama dan lokasinya.`,
      `File ${fileName} was not found or cannot be read. Check its name and location.`,
      fileName,
    );
  }
  if (size === 0) {
    throw userInput(
      'file-empty',
      `Berkas ${fileName} kosong (0 bita). Tidak ada yang bisa diimpor; periksa apakah berkas tersimpan dengan benar.`,
      `File ${fileName} is empty (0 bytes). There is nothing to import; check that the file was saved correctly.`,
      fileName,
    );
  }
  let head: Buffer;
  try {
    head = readHead(path);
  } catch {
    throw userInput(
      'file-unreadable',
      `Berkas ${fileName} tidak dapat dibaca. Periksa izin aksesnya.`,
      `File ${fileName} cannot be read. Check its permissions.`,
      fileName,
    );
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    return { path, fileName, size, kind: 'xlsx', head };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw userInput(
      'workbook-protected-or-xls',
      `Berkas ${fileName} adalah buku kerja Excel yang dilindungi kata sandi atau berformat lama (.xls). Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx atau CSV UTF-8.`,
      `File ${fileName} is a password-protected or old-format (.xls) Excel workbook. Open it in Excel, remove the password, and save it as .xlsx or CSV UTF-8.`,
      fileName,
    );
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) {
    throw userInput(
      'file-is-pdf',
      `Berkas ${fileName} adalah PDF, bukan tabel. PDF tidak memenuhi prinsip interoperabilitas; minta berkas CSV atau XLSX dari produsen data.`,
      `File ${fileName} is a PDF, not a table. PDF does not meet the interoperability principle; ask the data producer for a CSV or XLSX file.`,
      fileName,
    );
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw userInput(
      'xlsx-not-a-workbook',
      `Berkas ${fileName} bernama .xlsx tetapi isinya bukan buku kerja Excel. Simpan ulang dari Excel sebagai .xlsx atau CSV.`,
      `File ${fileName} is named .xlsx but is not an Excel workbook. Save it again from Excel as .xlsx or CSV.`,
      fileName,
    );
  }
  return { path, fileName, size, kind: 'csv', head };
}
