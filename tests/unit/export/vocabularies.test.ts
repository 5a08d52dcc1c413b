/**
 * The export tables (src/main/core/export/vocabularies.ts) carry aliases and EU theme codes
 * the shared vocabularies do not; these tests keep the two in step with
 * resources/vocabularies/*.json (the standards' single list of codes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EU_ACCESS_RIGHT,
  EU_FREQUENCY,
  findAccessLevel,
  findFrequency,
  findLicense,
  findTopic,
  portalStatus,
  presentationLevelLabel,
} from '../../../src/main/core/export/vocabularies';

interface VocabValue {
  code: string;
  label: { id: string; en: string };
  parent?: string;
  map?: Record<string, string>;
}

function vocabulary(id: string): VocabValue[] {
  const path = join(import.meta.dirname, '../../../resources/vocabularies', `${id}.json`);
  const doc = JSON.parse(readFileSync(path, 'utf8')) as {
    values?: VocabValue[];
    items?: VocabValue[];
  };
  return doc.values ?? doc.items ?? [];
}

describe('in step with resources/vocabularies', () => {
  it('frekuensi: every code maps to the same CKAN label, EU URI and POD period', () => {
    const values = vocabulary('frekuensi');
    expect(values.length).toBe(9);
    for (const v of values) {
      for (const input of [v.code, v.label.id]) {
        const f = findFrequency(input);
        expect(f, input).toBeDefined();
        expect(f?.label).toBe(v.map?.['ckan']);
        expect(EU_FREQUENCY + (f?.eu ?? '')).toBe(v.map?.['dcat']);
        expect(f?.pod).toBe(v.map?.['pod']);
      }
    }
  });

  it('klasifikasi-akses: codes and EU access rights agree', () => {
    for (const v of vocabulary('klasifikasi-akses')) {
      const a = findAccessLevel(v.code);
      expect(a?.label).toBe(v.map?.['ckan']);
      expect(EU_ACCESS_RIGHT + (a?.eu ?? '')).toBe(v.map?.['dcat']);
    }
  });

  it('lisensi: codes map to the same CKAN id and URL', () => {
    for (const v of vocabulary('lisensi')) {
      const l = findLicense(v.code);
      expect(l, v.code).toBeDefined();
      expect(l?.ckan).toBe(v.map?.['ckan']);
      expect(l?.url).toBe(v.map?.['url']);
      if (v.map?.['spdx']) expect(l?.id).toBe(v.map['spdx']);
    }
  });

  it('tingkat-penyajian: codes become the vocabulary labels', () => {
    for (const v of vocabulary('tingkat-penyajian')) {
      expect(presentationLevelLabel(v.code)).toBe(v.label.id);
    }
  });

  it('topik: every topic and sub-topic code is found with its parent', () => {
    const values = vocabulary('topik');
    const labels = new Map(values.map((v) => [v.code, v.label.id]));
    for (const v of values) {
      const match = findTopic(v.code);
      expect(match.label, v.code).toBe(v.label.id);
      expect(match.topic?.label, v.code).toBe(labels.get(v.parent ?? v.code));
    }
  });

  it('status-data: codes become the portal values', () => {
    for (const v of vocabulary('status-data')) {
      expect(portalStatus(v.code)).toBe(v.map?.['ckan']);
    }
  });
});
