/** personal-data.ts and metadata-fields.ts */
import { describe, expect, it } from 'vitest';
import {
  accessLevel,
  declaredCoverage,
  declaredYears,
  metadataText,
} from '../../../src/main/core/validate/metadata-fields';
import { isEmail, isPhoneNumber, isValidNik } from '../../../src/main/core/validate/personal-data';
import { createBalikpapanLookup } from '../../rules/support/balikpapan-regions';

describe('identifier patterns', () => {
  it('validates the NIK structure', () => {
    expect(isValidNik('6471014507850003')).toBe(true); // woman: day 45
    expect(isValidNik('6472014410910003')).toBe(true); // registered in Samarinda
    expect(isValidNik('9971014507850003')).toBe(false); // no province 99
    expect(isValidNik('6471013207850003')).toBe(false); // day 32
    expect(isValidNik('6471011513850003')).toBe(false); // month 13
    expect(isValidNik('6471011503850000')).toBe(false); // serial 0000
    expect(isValidNik('647101150385000')).toBe(false);
  });

  it('recognises phone numbers and e-mail addresses', () => {
    expect(isPhoneNumber('081234567801')).toBe(true);
    expect(isPhoneNumber('+62 812-3456-7805')).toBe(true);
    expect(isPhoneNumber('0542 123456')).toBe(false);
    expect(isEmail('kepala@dinkes.balikpapan.go.id')).toBe(true);
    expect(isEmail('kepala at dinkes')).toBe(false);
  });
});

describe('metadata fields', () => {
  it('reads access levels from several spellings and CKAN extras', () => {
    expect(accessLevel({ accessRights: 'Terbuka' })?.level).toBe('terbuka');
    expect(accessLevel({ extras: [{ key: 'Hak Akses', value: 'Tertutup' }] })?.level).toBe(
      'tertutup',
    );
    expect(accessLevel({ klasifikasi_akses: 'internal' })?.level).toBe('terbatas');
    expect(accessLevel({})).toBeUndefined();
  });

  it('reads the declared period, coverage and unit', () => {
    expect(declaredYears({ tahun: '2023 - 2024' })).toMatchObject({ from: 2023, to: 2024 });
    expect(
      declaredYears({ temporal: { startDate: '2022-01-01', endDate: '2024-12-31' } }),
    ).toMatchObject({
      from: 2022,
      to: 2024,
    });
    const regions = createBalikpapanLookup();
    expect(declaredCoverage({ cakupan: 'Kota Balikpapan' }, regions)?.code).toBe('64.71');
    expect(declaredCoverage({ kode_wilayah: '6471' }, regions)?.code).toBe('64.71');
    expect(metadataText({ extras: { Satuan: 'Jiwa' } }, ['satuan'])).toBe('Jiwa');
  });
});
