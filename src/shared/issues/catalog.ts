/**
 * The finding catalog: finding code → category, default severity, title, help and message
 * template, in Indonesian and English. The UI explains a finding by its code and its `params`
 * (see formatFindingMessage); it never parses message text. Codes are stable once shipped.
 *
 * Templates use `{name}` placeholders filled from the finding's params. Param values listed in
 * PARAM_VALUE_LABELS (e.g. `level: 'kecamatan'`) are translated when rendered.
 */
import type { Category, FindingParams, LocalText, Severity } from '../model/finding';

export type Lang = 'id' | 'en';

export interface CatalogEntry {
  code: string;
  category: Category;
  severity: Severity;
  title: LocalText;
  help: LocalText;
  message: LocalText;
}

type EntryData = Omit<CatalogEntry, 'code'>;

const t = (id: string, en: string): LocalText => ({ id, en });

const ENTRIES = {
  // ── structure ────────────────────────────────────────────────────────────────────────────
  'header-kosong': {
    category: 'structure',
    severity: 'error',
    title: t('Label kolom kosong', 'Blank column label'),
    help: t(
      'Setiap kolom harus punya label di baris header. Beri nama kolom (snake_case) agar data dapat dibaca mesin dan dijelaskan di metadata.',
      'Every column needs a label in the header row. Name the column (snake_case) so machines can read it and the metadata can describe it.',
    ),
    message: t('Label kolom ke-{position} kosong.', 'The label of column {position} is blank.'),
  },
  'header-duplikat': {
    category: 'structure',
    severity: 'error',
    title: t('Label kolom ganda', 'Duplicate column label'),
    help: t(
      'Dua kolom dengan label sama tidak dapat dibedakan setelah diekspor. Beri setiap kolom nama yang unik.',
      'Two columns with the same label cannot be told apart after export. Give every column a unique name.',
    ),
    message: t(
      'Label "{label}" sudah dipakai kolom ke-{first}.',
      'The label "{label}" is already used by column {first}.',
    ),
  },
  'header-hilang': {
    category: 'structure',
    severity: 'error',
    title: t('Kolom tanpa label', 'Column without a label'),
    help: t(
      'Baris data memiliki sel di luar lebar header. Tambahkan label untuk kolom itu atau hapus selnya.',
      'Data rows have cells beyond the width of the header. Add a label for that column or remove the cells.',
    ),
    message: t(
      'Kolom ke-{position} berisi data pada {count} baris tetapi tidak punya label.',
      'Column {position} holds data in {count} rows but has no label.',
    ),
  },
  'baris-tidak-rata': {
    category: 'structure',
    severity: 'error',
    title: t('Jumlah sel tidak sama dengan header', 'Ragged row'),
    help: t(
      'Setiap baris harus memiliki sel sebanyak kolom header. Sel yang kurang atau lebih biasanya berasal dari pemisah (koma/titik koma) di dalam nilai yang tidak diberi tanda kutip.',
      'Every row must have as many cells as the header has columns. Missing or extra cells usually come from an unquoted delimiter inside a value.',
    ),
    message: t(
      'Baris memiliki {cells} sel, sedangkan header memiliki {expected} kolom.',
      'The row has {cells} cells while the header has {expected} columns.',
    ),
  },
  'baris-kosong': {
    category: 'structure',
    severity: 'warning',
    title: t('Baris kosong', 'Blank row'),
    help: t(
      'Baris kosong di tengah data tidak membawa informasi dan mengganggu penghitungan. Hapus baris tersebut.',
      'A blank row inside the data carries no information and disturbs counts. Remove it.',
    ),
    message: t('Baris kosong di dalam data.', 'Blank row inside the data.'),
  },
  'baris-judul-dalam-data': {
    category: 'structure',
    severity: 'error',
    title: t('Judul atau catatan kaki di dalam data', 'Title or footnote row inside the data'),
    help: t(
      'Judul, sumber dan catatan kaki bukan data. Pindahkan teksnya ke metadata (judul, deskripsi, sumber) dan hapus barisnya dari tabel.',
      'Titles, sources and footnotes are not data. Move their text to the metadata (title, description, source) and remove the row from the table.',
    ),
    message: t(
      'Baris ini berisi judul atau catatan, bukan data: "{text}".',
      'This row holds a title or note, not data: "{text}".',
    ),
  },
  'judul-tabel-terpisah': {
    category: 'structure',
    severity: 'info',
    title: t('Judul atau catatan di luar tabel', 'Title or note outside the table'),
    help: t(
      'Berkas memuat judul atau catatan di atas/bawah tabel. Workbench memisahkannya dari data; pastikan isinya tercatat di metadata (judul, deskripsi, sumber).',
      'The file has a title or note above or below the table. The workbench keeps it out of the data; make sure its content is recorded in the metadata (title, description, source).',
    ),
    message: t(
      'Teks di luar tabel: "{text}". Catat di metadata.',
      'Text outside the table: "{text}". Record it in the metadata.',
    ),
  },
  'header-bertingkat': {
    category: 'structure',
    severity: 'warning',
    title: t('Header bertingkat diratakan', 'Multi-row header flattened'),
    help: t(
      'Judul kolom di berkas tersusun dari beberapa baris (sel gabungan). Workbench meratakannya menjadi satu baris dengan menggabungkan tingkatnya ("SD - Negeri"). Periksa label hasil perataan dan ganti nama kolom menjadi snake_case (mis. sd_negeri); di sumbernya, tulis header dalam satu baris.',
      'The column headings in the file span several rows (merged cells). The workbench flattened them into one row by joining the levels ("SD - Negeri"). Check the flattened labels and rename the columns to snake_case (e.g. sd_negeri); at the source, write the header in one row.',
    ),
    message: t(
      'Header bertingkat diratakan menjadi: {labels}. Usulan nama kolom: {names}.',
      'The multi-row header was flattened to: {labels}. Proposed column names: {names}.',
    ),
  },
  // ── type ─────────────────────────────────────────────────────────────────────────────────
  'tipe-tidak-sesuai': {
    category: 'type',
    severity: 'error',
    title: t('Nilai tidak sesuai tipe kolom', 'Value does not fit the column type'),
    help: t(
      'Satu kolom hanya boleh berisi satu tipe data (angka, tanggal, teks…). Perbaiki nilai yang menyimpang atau ubah tipe kolom.',
      'A column holds one data type only (number, date, text…). Fix the values that do not fit or change the column type.',
    ),
    message: t(
      'Nilai "{value}" tidak sesuai tipe kolom ({expected}).',
      'The value "{value}" does not fit the column type ({expected}).',
    ),
  },
  // ── constraint ───────────────────────────────────────────────────────────────────────────
  'nilai-wajib-kosong': {
    category: 'constraint',
    severity: 'error',
    title: t('Sel wajib kosong', 'Required value missing'),
    help: t(
      'Kolom ini wajib diisi (mis. kode wilayah, satuan, tahun, kunci primer). Isi sel yang kosong.',
      'This column must be filled (e.g. region codes, satuan, tahun, primary key). Fill the empty cells.',
    ),
    message: t(
      'Sel kosong pada kolom wajib "{column}".',
      'Empty cell in required column "{column}".',
    ),
  },
  'nilai-tidak-unik': {
    category: 'constraint',
    severity: 'error',
    title: t('Nilai tidak unik', 'Value not unique'),
    help: t(
      'Kolom ini dinyatakan unik, tetapi ada nilai yang muncul lebih dari sekali.',
      'This column is declared unique, but a value occurs more than once.',
    ),
    message: t(
      'Nilai "{value}" sudah muncul di baris {first}.',
      'The value "{value}" already occurs in row {first}.',
    ),
  },
  'nilai-negatif-pada-cacah': {
    category: 'constraint',
    severity: 'error',
    title: t('Nilai negatif pada kolom cacah', 'Negative value in a count column'),
    help: t(
      'Kolom jumlah/cacah (mis. jumlah_penduduk) tidak mungkin bernilai negatif. Periksa kembali angkanya.',
      'A count column (e.g. jumlah_penduduk) can never be negative. Check the figure.',
    ),
    message: t(
      'Nilai negatif "{value}" pada kolom cacah.',
      'Negative value "{value}" in a count column.',
    ),
  },
  'nilai-di-luar-rentang': {
    category: 'constraint',
    severity: 'error',
    title: t('Nilai di luar rentang', 'Value out of range'),
    help: t(
      'Nilai berada di luar batas minimum/maksimum yang dinyatakan untuk kolom ini.',
      'The value lies outside the minimum/maximum declared for this column.',
    ),
    message: t(
      'Nilai "{value}" di luar rentang yang diizinkan ({range}).',
      'The value "{value}" is outside the allowed range ({range}).',
    ),
  },
  'nilai-di-luar-daftar': {
    category: 'constraint',
    severity: 'error',
    title: t('Nilai di luar daftar', 'Value not in the allowed list'),
    help: t(
      'Kolom ini hanya menerima nilai dari daftar (enum) yang dinyatakan di skema.',
      'This column only accepts values from the list (enum) declared in the schema.',
    ),
    message: t(
      'Nilai "{value}" tidak ada dalam daftar yang diizinkan: {allowed}.',
      'The value "{value}" is not in the allowed list: {allowed}.',
    ),
  },
  'pola-tidak-sesuai': {
    category: 'constraint',
    severity: 'error',
    title: t('Nilai tidak sesuai pola', 'Value does not match the pattern'),
    help: t(
      'Nilai harus cocok dengan pola (regular expression) yang dinyatakan untuk kolom ini.',
      'Values must match the pattern (regular expression) declared for this column.',
    ),
    message: t(
      'Nilai "{value}" tidak cocok dengan pola {pattern}.',
      'The value "{value}" does not match the pattern {pattern}.',
    ),
  },
  'kunci-primer-duplikat': {
    category: 'constraint',
    severity: 'error',
    title: t('Kunci primer ganda', 'Duplicate primary key'),
    help: t(
      'Kombinasi kolom kunci primer harus unik di setiap baris.',
      'The combination of primary-key columns must be unique in every row.',
    ),
    message: t(
      'Kunci primer ({value}) sudah dipakai di baris {first}.',
      'The primary key ({value}) is already used in row {first}.',
    ),
  },
  // ── duplicate ────────────────────────────────────────────────────────────────────────────
  'baris-duplikat': {
    category: 'duplicate',
    severity: 'error',
    title: t('Baris duplikat', 'Duplicate row'),
    help: t(
      'Baris yang sama persis dengan baris lain menggandakan angka saat dijumlahkan. Simpan satu, hapus sisanya.',
      'A row identical to another doubles the figures when they are summed. Keep one and remove the others.',
    ),
    message: t(
      'Baris ini sama persis dengan baris {first}.',
      'This row is identical to row {first}.',
    ),
  },
  'duplikat-kunci-bertentangan': {
    category: 'duplicate',
    severity: 'error',
    title: t('Duplikat dengan nilai bertentangan', 'Conflicting duplicates'),
    help: t(
      'Kombinasi yang sama (wilayah, kategori, periode) muncul lebih dari sekali dengan angka berbeda. Produsen data harus memilih nilai yang benar; jangan dijumlahkan.',
      'The same combination (region, category, period) occurs more than once with different figures. The producer must choose the right one; do not add them up.',
    ),
    message: t(
      'Kombinasi ({key}) muncul lebih dari sekali dengan nilai berbeda (pertama di baris {first}).',
      'The combination ({key}) occurs more than once with different values (first in row {first}).',
    ),
  },
  // ── reference ────────────────────────────────────────────────────────────────────────────
  'kode-wilayah-tidak-dikenal': {
    category: 'reference',
    severity: 'error',
    title: t('Kode wilayah tidak dikenal', 'Unknown region code'),
    help: t(
      'Kode wilayah harus ada pada tingkat dan edisi kode yang dinyatakan (mis. Kemendagri 2025). Periksa digit yang hilang atau tertukar.',
      'A region code must exist at its level in the declared code system and edition (e.g. Kemendagri 2025). Look for lost or swapped digits.',
    ),
    message: t(
      'Kode "{value}" tidak ada pada tingkat {level} ({edition}).',
      'The code "{value}" does not exist at {level} level ({edition}).',
    ),
  },
  'kode-sistem-campur': {
    category: 'reference',
    severity: 'error',
    title: t('Sistem kode wilayah bercampur', 'Mixed region code systems'),
    help: t(
      'Kode BPS dan kode Kemendagri berbeda di tingkat kecamatan dan desa. Satu kolom hanya boleh memakai satu sistem; jangan pernah membandingkan dengan membuang titik.',
      'BPS and Kemendagri codes differ at kecamatan and desa level. One column uses one system only; never compare codes by stripping dots.',
    ),
    message: t(
      'Kode "{value}" berbentuk kode {system}, sedangkan kolom ini memakai kode {columnSystem}.',
      'The code "{value}" has the shape of a {system} code while this column uses {columnSystem} codes.',
    ),
  },
  'kode-nama-tidak-cocok': {
    category: 'reference',
    severity: 'error',
    title: t('Kode dan nama wilayah tidak cocok', 'Region code and name do not match'),
    help: t(
      'Nama wilayah harus sama dengan nama resmi untuk kodenya. Periksa mana yang salah: kode atau nama.',
      'The region name must equal the official name of its code. Check which one is wrong: the code or the name.',
    ),
    message: t(
      'Kode {code} adalah "{official}", tetapi namanya tertulis "{value}".',
      'Code {code} is "{official}", but the name says "{value}".',
    ),
  },
  'nama-wilayah-varian': {
    category: 'reference',
    severity: 'warning',
    title: t('Ejaan nama wilayah tidak resmi', 'Unofficial spelling of a region name'),
    help: t(
      'Nama wilayah cocok dengan kodenya tetapi memakai ejaan tidak resmi (singkatan, spasi). Gunakan nama resmi.',
      'The region name matches its code but uses an unofficial spelling (abbreviation, spacing). Use the official name.',
    ),
    message: t(
      '"{value}" adalah varian ejaan; nama resmi untuk {code} adalah "{official}".',
      '"{value}" is a spelling variant; the official name of {code} is "{official}".',
    ),
  },
  'kode-induk-tidak-cocok': {
    category: 'reference',
    severity: 'error',
    title: t('Kode tidak berada di bawah induknya', 'Code not under its parent'),
    help: t(
      'Kode wilayah anak harus diawali kode induknya (kelurahan 64.71.05.1010 berada di kecamatan 64.71.05).',
      'A child region code must start with its parent code (kelurahan 64.71.05.1010 lies in kecamatan 64.71.05).',
    ),
    message: t(
      'Kode {code} tidak berada di bawah {parent} pada baris yang sama.',
      'Code {code} does not lie under {parent} given in the same row.',
    ),
  },
  'kode-wilayah-kedaluwarsa': {
    category: 'reference',
    severity: 'error',
    title: t('Kode wilayah kedaluwarsa', 'Obsolete region code'),
    help: t(
      'Kode ini hanya ada di edisi lama (mis. sebelum pemekaran). Ganti dengan kode yang berlaku.',
      'This code exists only in an older edition (e.g. before a split). Replace it with the current code.',
    ),
    message: t(
      'Kode {value} sudah tidak berlaku ({reason}); kode sekarang {current}.',
      'Code {value} is obsolete ({reasonEn}); the current code is {current}.',
    ),
  },
  'nilai-referensi-tidak-dikenal': {
    category: 'reference',
    severity: 'error',
    title: t('Nilai di luar daftar referensi', 'Value outside the reference list'),
    help: t(
      'Kolom kategori harus memakai nilai dari daftar referensi resmi (mis. jenis kelamin: Laki-laki/Perempuan).',
      'A category column must use values from the official reference list (e.g. jenis kelamin: Laki-laki/Perempuan).',
    ),
    message: t(
      'Nilai "{value}" tidak ada dalam daftar referensi {list}.',
      'The value "{value}" is not in the reference list {list}.',
    ),
  },
  'kolom-kode-wilayah-hilang': {
    category: 'reference',
    severity: 'warning',
    title: t('Nama wilayah tanpa kode', 'Region name without a code'),
    help: t(
      'Wilayah sebaiknya disajikan dengan kode resmi di samping namanya agar dapat digabung dengan data lain.',
      'Regions should carry their official code next to the name so the data can be joined with other data.',
    ),
    message: t(
      'Kolom nama {level} "{column}" tidak disertai kolom kode {level}.',
      'The {level} name column "{column}" has no {level} code column beside it.',
    ),
  },
  'nama-fasilitas-ejaan-wilayah': {
    category: 'reference',
    severity: 'warning',
    title: t(
      'Nama kelurahan dalam nama fasilitas tidak memakai ejaan resmi',
      'Kelurahan name inside a facility name not in the official spelling',
    ),
    help: t(
      'Nama fasilitas adalah teks bebas, tetapi bagian yang merupakan nama kelurahan sebaiknya memakai ejaan resmi Kemendagri agar dapat dicocokkan (mis. "Puskesmas Sungai Nangka" → kelurahan Sungainangka). Hanya peringatan: nama resmi fasilitas bisa memang berbeda.',
      'Facility names are free text, but the part that is a kelurahan name should use the official Kemendagri spelling so it can be matched (e.g. "Puskesmas Sungai Nangka" → kelurahan Sungainangka). A warning only: the facility’s registered name may differ on purpose.',
    ),
    message: t(
      '"{value}" memuat nama kelurahan dengan ejaan tidak resmi; ejaan resmi: "{official}".',
      '"{value}" contains a kelurahan name in an unofficial spelling; official spelling: "{official}".',
    ),
  },
  'cakupan-wilayah-tidak-lengkap': {
    category: 'reference',
    severity: 'info',
    title: t('Cakupan wilayah tidak lengkap', 'Incomplete area coverage'),
    help: t(
      'Data hanya memuat sebagian wilayah di bawah wilayah induknya (menurut referensi Kemendagri). Tanyakan ke produsen apakah wilayah lain memang tidak punya data atau ini ekstrak parsial, lalu nyatakan cakupannya di metadata.',
      'The data lists only part of the areas under their parent area (by the Kemendagri reference). Ask the producer whether the other areas truly have nothing to report or whether this is a partial extract, and state the coverage in the metadata.',
    ),
    message: t(
      '{count} dari {total} {level} di {parent} ada dalam data.',
      '{count} of {total} areas at {level} level in {parent} appear in the data.',
    ),
  },
  'kode-fasilitas-tidak-ada': {
    category: 'reference',
    severity: 'info',
    title: t('Kode fasilitas tidak ada', 'No facility code'),
    help: t(
      'Data tentang sekolah atau fasilitas kesehatan sebaiknya memuat kode induk fasilitasnya: NPSN (Data Pokok Pendidikan) untuk sekolah, kode fasilitas Kemenkes untuk puskesmas, rumah sakit dan klinik. Tanpa kode itu data tidak dapat ditautkan ke Data Induk.',
      'Data about schools or health facilities should carry the facility’s master code: the NPSN (Data Pokok Pendidikan) for schools, the Kemenkes facility code for puskesmas, hospitals and clinics. Without it the data cannot be linked to the master data (Data Induk).',
    ),
    message: t(
      'Data {facility} ini tidak memuat kolom {facilityCode}; tautan ke Data Induk tidak mungkin.',
      'This {facility} data has no {facilityCode} column; it cannot be linked to the master data.',
    ),
  },
  // ── format ───────────────────────────────────────────────────────────────────────────────
  'angka-format-indonesia': {
    category: 'format',
    severity: 'error',
    title: t('Angka dengan format lokal', 'Number in local format'),
    help: t(
      'Angka dalam data terbuka ditulis hanya dengan digit, tanda minus dan titik desimal: tanpa titik ribuan, koma desimal, "Rp" atau "%".',
      'Numbers in open data use digits, a minus sign and a decimal point only: no thousands dots, decimal commas, "Rp" or "%".',
    ),
    message: t(
      '"{value}" ditulis dengan {style}; tulis sebagai {number}.',
      '"{value}" is written with {style}; write it as {number}.',
    ),
  },
  'format-tanggal-campur': {
    category: 'format',
    severity: 'error',
    title: t('Format tanggal bercampur', 'Mixed date formats'),
    help: t(
      'Satu kolom tanggal memakai beberapa format. Tulis semua tanggal sebagai ISO 8601 (YYYY-MM-DD), tanpa nama bulan.',
      'One date column uses several formats. Write every date as ISO 8601 (YYYY-MM-DD), without month names.',
    ),
    message: t(
      'Format tanggal bercampur: sebagian besar {majority}, baris ini {style}.',
      'Mixed date formats: mostly {majority}, this row {style}.',
    ),
  },
  'penanda-nilai-hilang': {
    category: 'format',
    severity: 'warning',
    title: t('Penanda nilai hilang', 'Missing-value marker'),
    help: t(
      'Tanda seperti "-", "n/a" atau "tidak ada" bisa berarti nol (nihil) atau data tidak tersedia. Tanyakan ke produsen data; kosongkan sel atau nyatakan penandanya di metadata. Jangan diubah diam-diam.',
      'Markers like "-", "n/a" or "tidak ada" may mean zero (nihil) or not available. Ask the producer; leave the cell empty or declare the marker in the metadata. Never convert silently.',
    ),
    message: t(
      '"{value}" dipakai sebagai penanda nilai hilang: nol atau tidak tersedia?',
      '"{value}" is used as a missing-value marker: zero or not available?',
    ),
  },
  'spasi-berlebih': {
    category: 'format',
    severity: 'warning',
    title: t('Spasi berlebih', 'Extra spaces'),
    help: t(
      'Spasi di awal, di akhir atau ganda membuat nilai yang sama tampak berbeda (mis. saat mencocokkan kode dan nama). Rapikan spasinya.',
      'Leading, trailing or double spaces make equal values look different (e.g. when matching codes and names). Tidy the spaces.',
    ),
    message: t('Spasi berlebih pada "{value}".', 'Extra spaces in "{value}".'),
  },
  'huruf-besar-kecil-tidak-konsisten': {
    category: 'format',
    severity: 'warning',
    title: t('Huruf besar/kecil tidak konsisten', 'Inconsistent letter case'),
    help: t(
      'Nilai kategori yang sama harus ditulis dengan huruf besar/kecil yang sama di seluruh kolom.',
      'The same category value must be written with the same letter case throughout the column.',
    ),
    message: t(
      'Penulisan "{value}" berbeda dari nilai lain di kolom ini (umumnya {majority}).',
      'The spelling "{value}" differs from the rest of the column (mostly {majority}).',
    ),
  },
  'gaya-kode-campur': {
    category: 'format',
    severity: 'warning',
    title: t('Gaya penulisan kode bercampur', 'Mixed code styles'),
    help: t(
      'Kode dalam satu kolom harus ditulis dengan gaya yang sama (bertitik atau tanpa titik).',
      'Codes in one column must be written in one style (dotted or undotted).',
    ),
    message: t(
      'Kode "{value}" ditulis {style}, sedangkan sebagian besar kolom {majority}.',
      'The code "{value}" is written {style} while most of the column is {majority}.',
    ),
  },
  'identitas-notasi-ilmiah': {
    category: 'format',
    severity: 'error',
    title: t('Nomor identitas rusak (notasi ilmiah)', 'Identifier destroyed (scientific notation)'),
    help: t(
      'Excel menyimpan hanya 15 digit; NIK, No. KK atau kode panjang berubah menjadi 6.47103E+15 dan digit terakhirnya hilang. Nilai tidak bisa dipulihkan: minta ekspor ulang dengan kolom berformat teks.',
      'Excel keeps 15 digits only; NIK, KK numbers or long codes become 6.47103E+15 and lose their last digits. The value cannot be recovered: ask for a re-export with the column formatted as text.',
    ),
    message: t(
      '"{value}" adalah nomor yang rusak oleh notasi ilmiah.',
      '"{value}" is a number destroyed by scientific notation.',
    ),
  },
  'nik-tidak-valid': {
    category: 'format',
    severity: 'error',
    title: t('NIK dengan struktur tidak mungkin', 'NIK with an impossible structure'),
    help: t(
      'NIK terdiri dari 16 digit: kode wilayah (6 digit), tanggal-bulan-tahun (6 digit; menurut konvensi NIK tanggal dapat ditambah 40, jadi 01–31 atau 41–71) dan nomor urut (4 digit). Panjang lain, kode provinsi yang tidak ada, tanggal 00/32–40/di atas 71, bulan 00/di atas 12 atau nomor urut 0000 bukan NIK: periksa salah ketik atau minta data aslinya.',
      'A NIK has 16 digits: a region code (6 digits), day-month-year (6 digits; by the NIK convention the day may be increased by 40, so 01–31 or 41–71) and a serial number (4 digits). Another length, a province code that does not exist, a day of 00/32–40/above 71, a month of 00/above 12 or serial 0000 is not a NIK: look for a typo or ask for the original data.',
    ),
    message: t(
      'Nilai di kolom NIK tidak mungkin NIK: {nikProblem}.',
      'The value in the NIK column cannot be a NIK: {nikProblem}.',
    ),
  },
  'pengodean-bukan-utf': {
    category: 'format',
    severity: 'warning',
    title: t('Berkas bukan UTF-8', 'File not in UTF-8'),
    help: t(
      'Berkas disimpan dengan pengodean lama (mis. Windows-1252 dari Excel "CSV (Comma delimited)"). Workbench membacanya dengan benar, tetapi aplikasi lain dapat menampilkan huruf rusak (â€“). Simpan atau ekspor ulang sebagai CSV UTF-8.',
      'The file was saved in a legacy encoding (e.g. Windows-1252 from Excel "CSV (Comma delimited)"). The workbench read it correctly, but other tools may show garbled characters (â€“). Save or export it again as UTF-8 CSV.',
    ),
    message: t(
      'Berkas dibaca dengan pengodean {encoding}, bukan UTF-8. Ekspor workbench menulis UTF-8.',
      'The file was read as {encoding}, not UTF-8. The workbench exports UTF-8.',
    ),
  },
  'pemisah-bukan-koma': {
    category: 'format',
    severity: 'info',
    title: t('Pemisah kolom bukan koma', 'Delimiter is not a comma'),
    help: t(
      'Excel berlokal Indonesia menyimpan CSV dengan titik koma (;) karena koma dipakai sebagai tanda desimal. Data terbuka memakai koma sebagai pemisah kolom; workbench selalu mengekspor dengan koma.',
      'Excel in an Indonesian locale saves CSV with semicolons (;) because the comma is the decimal mark. Open data uses the comma as delimiter; the workbench always exports with commas.',
    ),
    message: t(
      'Pemisah kolom terdeteksi: {delimiter}. Ekspor akan memakai koma (,).',
      'Detected delimiter: {delimiter}. Export will use a comma (,).',
    ),
  },
  // ── convention ───────────────────────────────────────────────────────────────────────────
  'nama-kolom-bukan-snake-case': {
    category: 'convention',
    severity: 'warning',
    title: t('Nama kolom bukan snake_case', 'Column name not snake_case'),
    help: t(
      'Nama kolom ditulis huruf kecil ASCII dengan garis bawah (mis. jumlah_penduduk), tanpa satuan atau tahun di dalam nama.',
      'Column names use lower-case ASCII with underscores (e.g. jumlah_penduduk), without units or years in the name.',
    ),
    message: t(
      'Nama kolom "{label}" bukan snake_case; usulan: {name}.',
      'The column name "{label}" is not snake_case; proposed: {name}.',
    ),
  },
  'baris-total': {
    category: 'convention',
    severity: 'error',
    title: t('Baris total tercampur dengan data rinci', 'Total row mixed with detail rows'),
    help: t(
      'Baris "Jumlah", "Total" atau nama wilayah induk adalah hasil penjumlahan, bukan data primer. Keluarkan dari data; workbench memakainya sebagai nilai pemeriksa.',
      'Rows like "Jumlah", "Total" or the parent area are sums, not primary data. Take them out of the data; the workbench uses them as check values.',
    ),
    message: t(
      'Baris total/subtotal ("{value}") di antara baris rinci.',
      'Total/subtotal row ("{value}") among the detail rows.',
    ),
  },
  'total-tidak-cocok': {
    category: 'convention',
    severity: 'error',
    title: t('Total tidak sama dengan jumlah rinciannya', 'Total does not match its detail rows'),
    help: t(
      'Angka pada baris total dibandingkan dengan jumlah baris rinci yang diringkasnya. Selisih menandakan baris hilang, ganda, atau salah ketik.',
      'The figure in a total row is compared with the sum of the detail rows it summarises. A difference points to missing, duplicated or mistyped rows.',
    ),
    message: t(
      'Total {value} tidak sama dengan jumlah {count} baris rinci ({computed}).',
      'The total {value} differs from the sum of {count} detail rows ({computed}).',
    ),
  },
  'satuan-tidak-ada': {
    category: 'convention',
    severity: 'error',
    title: t('Satuan tidak ada', 'No unit (satuan)'),
    help: t(
      'Standar Data mewajibkan satuan untuk setiap ukuran. Tambahkan kolom "satuan" atau isi satuan di metadata.',
      'The data standard requires a unit (satuan) for every measure. Add a "satuan" column or fill the unit in the metadata.',
    ),
    message: t(
      'Tidak ada kolom satuan dan metadata tidak menyebut satuan.',
      'There is no satuan column and the metadata states no unit.',
    ),
  },
  'tahun-tidak-ada': {
    category: 'convention',
    severity: 'error',
    title: t('Tahun tidak ada', 'No year (tahun)'),
    help: t(
      'Setiap baris data harus jelas periodenya. Tambahkan kolom "tahun" atau isi periode di metadata.',
      'Every data row needs a clear period. Add a "tahun" column or fill the period in the metadata.',
    ),
    message: t(
      'Tidak ada kolom tahun dan metadata tidak menyebut periode.',
      'There is no tahun column and the metadata states no period.',
    ),
  },
  'satuan-tidak-konsisten': {
    category: 'convention',
    severity: 'warning',
    title: t('Satuan tidak konsisten', 'Inconsistent unit'),
    help: t(
      'Satu ukuran harus memakai satu satuan di seluruh dataset (mis. selalu "Jiwa" atau selalu "Orang").',
      'One measure uses one unit throughout the dataset (e.g. always "Jiwa" or always "Orang").',
    ),
    message: t(
      'Satuan "{value}" berbeda dari satuan lain di dataset ("{majority}").',
      'The unit "{value}" differs from the rest of the dataset ("{majority}").',
    ),
  },
  'format-lebar': {
    category: 'convention',
    severity: 'warning',
    title: t('Format lebar', 'Wide layout'),
    help: t(
      'Tahun atau kategori yang menjadi judul kolom membuat skema berubah setiap tahun. Data baru harus menambah baris, bukan kolom: ubah ke format panjang.',
      'Years or categories as column headers change the schema every year. New data must add rows, not columns: convert to the long layout.',
    ),
    message: t(
      'Kolom {columns} memuat {kind} sebagai judul kolom. Format panjang yang diusulkan: {layout}.',
      'Columns {columns} hold {kind} as column headers. Proposed long layout: {layout}.',
    ),
  },
  'kemungkinan-salah-ketik': {
    category: 'convention',
    severity: 'warning',
    title: t('Kemungkinan salah ketik', 'Possible typo'),
    help: t(
      'Nilai yang jarang muncul dan sangat mirip dengan nilai yang sering muncul biasanya salah ketik.',
      'A rare value that closely resembles a frequent one is usually a typo.',
    ),
    message: t(
      '"{value}" jarang muncul dan mirip "{candidate}" ({count} kali); mungkin salah ketik.',
      '"{value}" is rare and resembles "{candidate}" ({count} times); possibly a typo.',
    ),
  },
  'kolom-nomor-urut': {
    category: 'convention',
    severity: 'info',
    title: t('Kolom nomor urut', 'Row-counter column'),
    help: t(
      'Kolom nomor urut (1, 2, 3…) bukan data. Hapus atau pakai hanya sebagai kunci.',
      'A row-counter column (1, 2, 3…) is not data. Drop it or use it only as a key.',
    ),
    message: t(
      'Kolom "{column}" hanya berisi nomor urut.',
      'Column "{column}" holds only a row counter.',
    ),
  },
  'kolom-turunan': {
    category: 'convention',
    severity: 'warning',
    title: t('Kolom turunan (hasil hitungan)', 'Derived column'),
    help: t(
      'Rasio, persentase, angka per 1.000/10.000 penduduk, rata-rata dan indeks dihitung dari data lain. Terbitkan data primernya (pembilang dan penyebut); jika kolom ini tetap diterbitkan, dokumentasikan rumus dan penyebutnya di metadata indikator (MS-Ind: metode perhitungan, rumus).',
      'Ratios, percentages, rates per 1,000/10,000 population, averages and indices are computed from other data. Publish the primary data (numerator and denominator); if the column stays, document its formula and denominator in the indicator metadata (MS-Ind: metode perhitungan, rumus).',
    ),
    message: t(
      'Kolom "{column}" adalah nilai turunan ({derivation}): cantumkan rumus dan penyebutnya di metadata, atau terbitkan data primernya.',
      'Column "{column}" is a derived value ({derivation}): document its formula and denominator in the metadata, or publish the primary data.',
    ),
  },
  'tingkat-fasilitas-campur': {
    category: 'convention',
    severity: 'warning',
    title: t('Tingkat layanan fasilitas bercampur', 'Mixed facility service levels'),
    help: t(
      'Fasilitas tingkat pertama (puskesmas, klinik pratama) dan fasilitas rujukan (rumah sakit, klinik utama) tidak sebanding dalam satu tabel, mis. data "per puskesmas". Pisahkan datasetnya, atau ubah judul dan cakupannya agar jelas mencakup semua jenis fasilitas.',
      'First-level facilities (puskesmas, klinik pratama) and referral facilities (hospitals, klinik utama) are not comparable in one table, e.g. data "per puskesmas". Split the dataset, or change its title and scope so it clearly covers every kind of facility.',
    ),
    message: t(
      '"{value}" adalah fasilitas {tier}, sedangkan baris lain fasilitas {majorityTier}.',
      '"{value}" is a {tier} facility while the other rows are {majorityTier} facilities.',
    ),
  },
  // ── privacy ──────────────────────────────────────────────────────────────────────────────
  'data-pribadi': {
    category: 'privacy',
    severity: 'error',
    title: t('Data pribadi', 'Personal data'),
    help: t(
      'NIK, No. KK, NPWP perorangan, nomor telepon, e-mail, serta nama/alamat di samping identitas tersebut adalah data pribadi (UU Adminduk Pasal 84, UU PDP Pasal 4). Hapus kolomnya atau simpan hanya di versi tertutup.',
      'NIK, KK numbers, personal NPWP, phone numbers, e-mail, and names/addresses next to such identifiers are personal data (UU Adminduk art. 84, UU PDP art. 4). Drop the column or keep it only in a closed version.',
    ),
    message: t(
      'Kolom "{column}" berisi data pribadi ({kind}): {count} nilai.',
      'Column "{column}" holds personal data ({kind}): {count} values.',
    ),
  },
  'data-pribadi-akses-terbuka': {
    category: 'privacy',
    severity: 'error',
    title: t('Data pribadi pada dataset terbuka', 'Personal data in an open dataset'),
    help: t(
      'Metadata menyatakan akses Terbuka, padahal dataset berisi data pribadi. Hapus kolom pribadi atau ubah akses menjadi Terbatas/Tertutup.',
      'The metadata says access is Terbuka (open) while the dataset holds personal data. Drop the personal columns or change the access to Terbatas/Tertutup.',
    ),
    message: t(
      'Akses "{access}" tidak boleh untuk dataset dengan data pribadi (kolom {columns}).',
      'Access "{access}" is not allowed for a dataset holding personal data (columns {columns}).',
    ),
  },
  'nik-tanggal-konvensi': {
    category: 'privacy',
    severity: 'info',
    title: t('Field tanggal NIK 41–71 (sah)', 'NIK day field 41–71 (valid)'),
    help: t(
      'Menurut konvensi NIK, field tanggal (digit ke-7 dan ke-8) dapat bernilai 41–71: tanggal ditambah 40. Nilai itu sah, bukan kesalahan. NIK yang kode wilayahnya berbeda dengan wilayah baris juga sah, karena NIK menyimpan tempat pendaftaran pertama. Jangan menurunkan atau mencantumkan keterangan pribadi dari NIK dalam laporan; kolom NIK tetap data pribadi.',
      'By the NIK convention the day field (digits 7 and 8) may be 41–71: the day plus 40. Such values are valid, not errors. A NIK whose region code differs from the row’s region is valid too, because the NIK keeps the place of first registration. Do not derive or print personal facts from a NIK in a report; the NIK column stays personal data.',
    ),
    message: t(
      'Field tanggal NIK bernilai 41–71: sah menurut konvensi NIK, bukan kesalahan.',
      'The NIK day field is 41–71: valid by the NIK convention, not an error.',
    ),
  },
  // ── metadata ─────────────────────────────────────────────────────────────────────────────
  'metadata-tidak-ada': {
    category: 'metadata',
    severity: 'warning',
    title: t('Metadata belum ada', 'No metadata'),
    help: t(
      'Data harus diserahkan bersama metadatanya (judul, deskripsi, produsen, satuan, frekuensi, cakupan, periode, akses, lisensi). Isi metadata dataset ini.',
      'Data must travel with its metadata (title, description, producer, unit, frequency, coverage, period, access, license). Fill in this dataset’s metadata.',
    ),
    message: t('Dataset ini belum memiliki metadata.', 'This dataset has no metadata yet.'),
  },
  'metadata-tidak-lengkap': {
    category: 'metadata',
    severity: 'error',
    title: t('Metadata tidak lengkap', 'Incomplete metadata'),
    help: t(
      'Ada isian metadata wajib yang kosong menurut profil metadata yang dipilih.',
      'A required metadata field is empty according to the selected metadata profile.',
    ),
    message: t('Metadata "{path}": {detail}', 'Metadata "{path}": {detailEn}'),
  },
  'metadata-tidak-valid': {
    category: 'metadata',
    severity: 'error',
    title: t('Isian metadata tidak valid', 'Invalid metadata value'),
    help: t(
      'Nilai isian metadata tidak sesuai kosakata atau format profil (mis. frekuensi, tingkat akses).',
      'A metadata value does not fit the profile’s vocabulary or format (e.g. frequency, access level).',
    ),
    message: t('Metadata "{path}": {detail}', 'Metadata "{path}": {detailEn}'),
  },
  'metadata-tidak-sesuai-data': {
    category: 'metadata',
    severity: 'warning',
    title: t('Metadata tidak sesuai data', 'Metadata does not match the data'),
    help: t(
      'Periode, cakupan wilayah dan satuan di metadata harus sesuai dengan isi data.',
      'The period, coverage and unit in the metadata must agree with the data.',
    ),
    message: t(
      'Metadata ({aspect}) menyatakan "{declared}", tetapi data berisi "{found}".',
      'The metadata ({aspect}) says "{declared}", but the data holds "{found}".',
    ),
  },
} satisfies Record<string, EntryData>;

export type FindingCode = keyof typeof ENTRIES;

export const CATALOG: Readonly<Record<FindingCode, CatalogEntry>> = Object.fromEntries(
  Object.entries(ENTRIES).map(([code, e]) => [code, { code, ...e } as CatalogEntry]),
) as Record<FindingCode, CatalogEntry>;

export const FINDING_CODES = Object.keys(ENTRIES) as FindingCode[];

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(ENTRIES, code);
}

export function catalogEntry(code: string): CatalogEntry | undefined {
  return isFindingCode(code) ? CATALOG[code] : undefined;
}

/** Translations of enumerated param values (param name → value → text). */
export const PARAM_VALUE_LABELS: Record<string, Record<string, LocalText>> = {
  level: {
    provinsi: t('provinsi', 'province'),
    kabupaten_kota: t('kabupaten/kota', 'regency/city'),
    kecamatan: t('kecamatan', 'district (kecamatan)'),
    desa: t('desa/kelurahan', 'village (desa/kelurahan)'),
  },
  system: {
    kemendagri: t('Kemendagri', 'Kemendagri'),
    bps: t('BPS', 'BPS'),
  },
  columnSystem: {
    kemendagri: t('Kemendagri', 'Kemendagri'),
    bps: t('BPS', 'BPS'),
  },
  style: {
    'thousands-dot': t('titik pemisah ribuan', 'a thousands dot'),
    'decimal-comma': t('koma desimal', 'a decimal comma'),
    rupiah: t('awalan Rp', 'an Rp prefix'),
    percent: t('tanda %', 'a % sign'),
    suffix: t('singkatan besaran (rb/jt/M/T)', 'a magnitude word (rb/jt/M/T)'),
    'thousands-space': t('spasi pemisah ribuan', 'a thousands space'),
    iso: t('ISO (YYYY-MM-DD)', 'ISO (YYYY-MM-DD)'),
    'iso-datetime': t('ISO dengan jam', 'ISO with time'),
    'dmy-slash': t('DD/MM/YYYY', 'DD/MM/YYYY'),
    'dmy-dash': t('DD-MM-YYYY', 'DD-MM-YYYY'),
    'dmy-dot': t('DD.MM.YYYY', 'DD.MM.YYYY'),
    'ymd-slash': t('YYYY/MM/DD', 'YYYY/MM/DD'),
    'month-name': t('nama bulan', 'month names'),
    'excel-serial': t('nomor seri Excel', 'Excel serial numbers'),
    dotted: t('bertitik', 'dotted'),
    undotted: t('tanpa titik', 'undotted'),
    upper: t('HURUF BESAR', 'UPPER CASE'),
    lower: t('huruf kecil', 'lower case'),
    title: t('Huruf Awal Besar', 'Title Case'),
  },
  majority: {
    iso: t('ISO (YYYY-MM-DD)', 'ISO (YYYY-MM-DD)'),
    'iso-datetime': t('ISO dengan jam', 'ISO with time'),
    'dmy-slash': t('DD/MM/YYYY', 'DD/MM/YYYY'),
    'dmy-dash': t('DD-MM-YYYY', 'DD-MM-YYYY'),
    'dmy-dot': t('DD.MM.YYYY', 'DD.MM.YYYY'),
    'ymd-slash': t('YYYY/MM/DD', 'YYYY/MM/DD'),
    'month-name': t('nama bulan', 'month names'),
    'excel-serial': t('nomor seri Excel', 'Excel serial numbers'),
    dotted: t('bertitik', 'dotted'),
    undotted: t('tanpa titik', 'undotted'),
    upper: t('HURUF BESAR', 'UPPER CASE'),
    lower: t('huruf kecil', 'lower case'),
    title: t('Huruf Awal Besar', 'Title Case'),
  },
  expected: {
    integer: t('bilangan bulat', 'integer'),
    decimal: t('angka desimal', 'decimal number'),
    percentage: t('persentase', 'percentage'),
    currency: t('nilai uang', 'currency amount'),
    date: t('tanggal', 'date'),
    year: t('tahun (4 digit)', 'year (4 digits)'),
    boolean: t('ya/tidak', 'yes/no'),
  },
  kind: {
    nik: t('NIK', 'NIK'),
    kk: t('No. KK', 'family card number'),
    npwp: t('NPWP', 'tax number (NPWP)'),
    telepon: t('nomor telepon', 'phone number'),
    email: t('alamat e-mail', 'e-mail address'),
    nama: t('nama orang', 'personal name'),
    alamat: t('alamat', 'address'),
    tahun: t('tahun', 'years'),
    kategori: t('kategori', 'categories'),
  },
  delimiter: {
    ';': t('titik koma (;)', 'semicolon (;)'),
    '\t': t('tab', 'tab'),
    '|': t('garis tegak (|)', 'pipe (|)'),
  },
  nikProblem: {
    panjang: t('bukan 16 digit', 'not 16 digits'),
    wilayah: t(
      'dua digit pertama bukan kode provinsi, atau kode kab/kota 00',
      'the first two digits are no province code, or the kab/kota code is 00',
    ),
    tanggal: t('field tanggal bukan 01–31 atau 41–71', 'the day field is not 01–31 or 41–71'),
    bulan: t('field bulan bukan 01–12', 'the month field is not 01–12'),
    urut: t('nomor urut 0000', 'serial number 0000'),
  },
  facility: {
    sekolah: t('sekolah', 'school'),
    kesehatan: t('fasilitas kesehatan', 'health facility'),
  },
  facilityCode: {
    npsn: t('NPSN (Nomor Pokok Sekolah Nasional)', 'NPSN (national school number)'),
    kemenkes: t('kode fasilitas kesehatan Kemenkes', 'Kemenkes health facility code'),
  },
  derivation: {
    rasio: t('rasio', 'ratio'),
    persentase: t('persentase', 'percentage'),
    per: t('angka per sekian penduduk', 'rate per population'),
    'rata-rata': t('rata-rata', 'average'),
    indeks: t('indeks', 'index'),
    kepadatan: t('kepadatan', 'density'),
    laju: t('laju', 'rate of change'),
  },
  tier: {
    pertama: t('tingkat pertama', 'first-level'),
    rujukan: t('rujukan (rumah sakit)', 'referral (hospital)'),
  },
  majorityTier: {
    pertama: t('tingkat pertama', 'first-level'),
    rujukan: t('rujukan (rumah sakit)', 'referral (hospital)'),
  },
  aspect: {
    periode: t('periode', 'period'),
    cakupan: t('cakupan wilayah', 'coverage'),
    satuan: t('satuan', 'unit'),
  },
};

/** Fill a template's `{name}` placeholders. Unknown placeholders stay as written. */
export function fillTemplate(template: string, params: FindingParams, lang: Lang): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    const label = PARAM_VALUE_LABELS[name]?.[String(v)];
    return label ? label[lang] : String(v);
  });
}

/** The message of a finding code in a language, from its params. */
export function formatFindingMessage(code: string, params: FindingParams, lang: Lang): string {
  const entry = catalogEntry(code);
  if (!entry) return code;
  return fillTemplate(entry.message[lang], params, lang);
}

/** Words the report uses around messages (count suffix, headings). */
export const REPORT_TEXT = {
  moreRows: t('{count} baris', '{count} rows'),
  title: t('Laporan Kualitas Data', 'Data Quality Report'),
} as const;
