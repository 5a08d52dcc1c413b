import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { builtinListSources, builtinLists } from '../../../src/main/core/reference/builtin-lists';
import {
  LocalReferenceLists,
  listIdFromName,
} from '../../../src/main/core/reference/local-reference-lists';
import {
  decodeListBytes,
  parseReferenceListCsv,
  type ListProblem,
} from '../../../src/main/core/reference/reference-list-csv';
import { insertDataset, openTestWorkspace } from '../metadata/workspace-db';

const OPD_V1 = `kode,nama,induk
1,Pemerintah Kota Balikpapan,
1.01,Dinas Kesehatan,1
1.01.01,Puskesmas Manggar,1.01
1.02,Dinas Pendidikan dan Kebudayaan,1
`;

function refused(fn: () => unknown): { error: AppError; problems: ListProblem[] } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError)
      return { error: err, problems: (err.details as { problems: ListProblem[] }).problems };
    throw err;
  }
  throw new Error('expected the list to be refused');
}

describe('reading a reference list CSV', () => {
  test('English or Indonesian headers, parents and a mapping column', () => {
    const parsed = parseReferenceListCsv(OPD_V1);
    expect(parsed.entries).toHaveLength(4);
    expect(parsed.entries[2]).toEqual({
      code: '1.01.01',
      name: 'Puskesmas Manggar',
      parent: '1.01',
    });
    expect(parsed.hasParent).toBe(true);
    expect(parsed.hasMapped).toBe(false);
    const mapped = parseReferenceListCsv('code;name;parent;kemendagri\n6471;Balikpapan;;64.71\n');
    expect(mapped.entries[0]).toEqual({
      code: '6471',
      name: 'Balikpapan',
      parent: null,
      mapped: '64.71',
    });
  });

  test('BOM and Windows-1252 bytes are read', () => {
    const bom = parseReferenceListCsv('\ufeffcode,name\nA,Satu\n');
    expect(bom.entries[0]?.code).toBe('A');
    const cp1252 = Uint8Array.from([
      ...Buffer.from('code,name\nX,Pesisir '),
      0x96,
      ...Buffer.from(' akses kapal\n'),
    ]);
    expect(parseReferenceListCsv(decodeListBytes(cp1252)).entries[0]?.name).toBe(
      'Pesisir – akses kapal',
    );
  });

  test('duplicate codes are refused, naming both lines', () => {
    const { error, problems } = refused(() =>
      parseReferenceListCsv('code,name\nA,Satu\nB,Dua\nA,Tiga\n', 'opd.csv'),
    );
    expect(error.code).toBe('reference-list-invalid');
    expect(error.kind).toBe('user-input');
    expect(error.file).toBe('opd.csv');
    expect(problems).toEqual([expect.objectContaining({ line: 4, code: 'kode-ganda' })]);
    expect(problems[0]?.message).toContain('baris 2');
    expect(error.message).toContain('tidak ada yang disimpan');
    expect(error.messageEn).toContain('nothing was saved');
  });

  test('missing parents, empty cells and cycles are all reported', () => {
    const { problems } = refused(() =>
      parseReferenceListCsv(
        'code,name,parent\nA,Satu,\nB,,A\nC,Tiga,Z\n,Empat,A\nD,Lima,E\nE,Enam,D\n',
      ),
    );
    const codes = problems.map((p) => p.code).sort();
    expect(codes).toEqual(['induk-melingkar', 'induk-tidak-ada', 'kode-kosong', 'nama-kosong']);
    expect(problems.find((p) => p.code === 'induk-tidak-ada')).toMatchObject({
      line: 4,
      column: 'parent',
    });
  });

  test('a header without code and name columns, or an empty file, is refused', () => {
    expect(refused(() => parseReferenceListCsv('id,label\n1,x\n')).problems[0]?.code).toBe(
      'kolom-wajib-hilang',
    );
    expect(refused(() => parseReferenceListCsv('   \n')).problems[0]?.code).toBe('berkas-kosong');
    expect(refused(() => parseReferenceListCsv('code,name\n')).problems[0]?.code).toBe('tanpa-isi');
  });
});

describe('the shipped BPS list', () => {
  test('is the same CSV a user would import, with its Kemendagri mapping', () => {
    const [source] = builtinListSources();
    expect(source?.file).toBe('bps-kecamatan-balikpapan.csv');
    const onDisk = readFileSync(
      new URL('../../../resources/reference/lists/bps-kecamatan-balikpapan.csv', import.meta.url),
      'utf8',
    );
    expect(source?.text).toBe(onDisk);
    const list = builtinLists().get('bps-kecamatan-balikpapan');
    expect(list?.byCode('6471011')).toEqual({
      code: '6471011',
      name: 'Balikpapan Kota',
      parent: '6471',
      mapped: '64.71.06',
    });
    expect(list?.children('6471')).toHaveLength(6);
    expect(list?.byMappedCode('64.71.02')?.code).toBe('6471050');
    expect(list?.find('Kec. Balikpapan Timur'.replace('Kec. ', ''))[0]?.code).toBe('6471020');
  });
});

describe('kode referensi lokal in the workspace', () => {
  test('each import is a new version; older versions stay', () => {
    const db = openTestWorkspace();
    const lists = new LocalReferenceLists(db);
    const v1 = lists.importCsv({
      name: 'OPD Balikpapan',
      text: OPD_V1,
      user: 'walidata',
      sourceFile: 'opd.csv',
    });
    expect(v1).toMatchObject({
      id: 'opd-balikpapan',
      version: 1,
      entryCount: 4,
      system: 'lokal',
      builtin: false,
    });
    const v2 = lists.importCsv({
      listId: 'opd-balikpapan',
      name: 'OPD Balikpapan',
      text: OPD_V1 + '1.03,Dinas Sosial,1\n',
      user: 'walidata',
      note: 'tambah Dinsos',
    });
    expect(v2.version).toBe(2);
    expect(lists.lists()).toEqual([
      expect.objectContaining({ id: 'opd-balikpapan', version: 2, entryCount: 5 }),
    ]);
    expect(lists.versions('opd-balikpapan').map((v) => v.version)).toEqual([2, 1]);
    expect(lists.get('opd-balikpapan').byCode('1.03')?.name).toBe('Dinas Sosial');
    expect(lists.get('opd-balikpapan', 1).byCode('1.03')).toBeUndefined();
    expect(lists.get('opd-balikpapan').find('dinkes kesehatan')[0]?.code).toBe('1.01');
    const audit = db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'reference:list-import'")
      .pluck()
      .get();
    expect(audit).toBe(2);
  });

  test('a refused import writes nothing, not even a new version number', () => {
    const db = openTestWorkspace();
    const lists = new LocalReferenceLists(db);
    lists.importCsv({ listId: 'opd', name: 'OPD', text: OPD_V1, user: 'u' });
    const count = (): unknown[] =>
      ['reference_lists', 'reference_list_versions', 'reference_list_entries', 'audit_log'].map(
        (t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
      );
    const before = count();
    expect(() =>
      lists.importCsv({
        listId: 'opd',
        name: 'OPD',
        text: 'code,name,parent\n1,A,\n1,B,\n2,C,9\n',
        user: 'u',
      }),
    ).toThrow(AppError);
    expect(count()).toEqual(before);
    expect(lists.info('opd')?.version).toBe(1);
  });

  test('a list with a mapping column keeps the mapping', () => {
    const db = openTestWorkspace();
    const lists = new LocalReferenceLists(db);
    const [bps] = builtinListSources();
    const info = lists.importCsv({
      listId: 'bps-mfd-balikpapan',
      name: 'BPS MFD',
      system: 'bps',
      text: bps!.text,
      user: 'u',
    });
    expect(info.mapsTo).toBe('kemendagri');
    expect(lists.get('bps-mfd-balikpapan').mappedCode('6471030')).toBe('64.71.03');
  });

  test('bad or reserved ids and unknown lists are clear errors', () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds1');
    const lists = new LocalReferenceLists(db);
    expect(() => lists.importCsv({ listId: 'Bad Id', name: 'x', text: OPD_V1, user: 'u' })).toThrow(
      /tidak sah/,
    );
    expect(() =>
      lists.importCsv({ listId: 'bps-kecamatan-balikpapan', name: 'x', text: OPD_V1, user: 'u' }),
    ).toThrow(/daftar bawaan/);
    let caught: unknown;
    try {
      lists.get('nope');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).kind).toBe('not-found');
    expect(listIdFromName('Daftar Puskesmas (2024)')).toBe('daftar-puskesmas-2024');
  });
});
