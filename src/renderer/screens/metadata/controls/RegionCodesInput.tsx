/**
 * Cakupan wilayah: Kemendagri region codes as chips with their official names. Typing a name
 * suggests regions as you type ('reference:find'); typing a code (64.71) offers that region.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_LEVEL_LABELS, type RegionInfo } from '../../../../shared/model/reference';
import { api } from '../../../api/client';
import type { FormatLang } from '../../../i18n/format';
import { Chips } from './Chips';
import { SuggestInput, type Suggestion } from './SuggestInput';

export const REGION_CODE = /^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$/;
const FIND_DELAY_MS = 200;

/** Names of codes already looked up (null: not in the edition or not reachable). */
const names = new Map<string, RegionInfo | null>();

async function lookup(code: string): Promise<RegionInfo | null> {
  if (names.has(code)) return names.get(code) ?? null;
  const r = await api.invoke('reference:wilayah', { code });
  const info = r.ok ? r.value : null;
  names.set(code, info);
  return info;
}

function levelLabel(level: keyof typeof REGION_LEVEL_LABELS, lang: FormatLang): string {
  return REGION_LEVEL_LABELS[level][lang];
}

export function RegionCodesInput({
  id,
  labelledBy,
  describedBy,
  value,
  onChange,
  lang,
  invalid,
}: {
  id: string;
  labelledBy: string;
  describedBy?: string;
  value: unknown;
  onChange: (codes: string[]) => void;
  lang: FormatLang;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const codes = Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Suggestion[]>([]);
  const [searching, setSearching] = useState(false);
  const [, setKnown] = useState(0);

  // names for the chips
  const codesKey = codes.join('|');
  useEffect(() => {
    let live = true;
    void (async () => {
      const missing = codesKey.split('|').filter((c) => c !== '' && !names.has(c));
      for (const c of missing) await lookup(c);
      if (live && missing.length > 0) setKnown((n) => n + 1);
    })();
    return () => {
      live = false;
    };
  }, [codesKey]);

  // suggestions as the steward types
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setFound([]);
      setSearching(false);
      return undefined;
    }
    let live = true;
    setSearching(true);
    const timer = window.setTimeout(() => {
      void (async () => {
        const out: Suggestion[] = [];
        if (REGION_CODE.test(q)) {
          const info = await lookup(q);
          out.push({
            key: q,
            label: info ? info.name : t('metadata.region.addCode', { code: q }),
            detail: info
              ? `${q} · ${levelLabel(info.level, lang)}`
              : t('metadata.region.unknownCode'),
          });
        } else {
          const r = await api.invoke('reference:find', { name: q, limit: 8 });
          if (r.ok) {
            for (const m of r.value) {
              out.push({
                key: m.code,
                label: m.name,
                detail: `${m.code} · ${levelLabel(m.level, lang)}`,
              });
            }
          }
        }
        if (!live) return;
        setFound(out.filter((s) => !codes.includes(s.key)));
        setSearching(false);
      })();
    }, FIND_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // codes only filter the list; a new search is not needed when they change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, lang, t]);

  function add(code: string) {
    if (!codes.includes(code)) onChange([...codes, code]);
    setQuery('');
    setFound([]);
  }

  return (
    <div className="region-input">
      <Chips
        items={codes.map((c) => {
          const info = names.get(c);
          return info
            ? { key: c, label: info.name, detail: `${c} · ${levelLabel(info.level, lang)}` }
            : { key: c, label: c };
        })}
        onRemove={(c) => onChange(codes.filter((x) => x !== c))}
      />
      <SuggestInput
        id={id}
        labelledBy={labelledBy}
        {...(describedBy ? { describedBy } : {})}
        text={query}
        onText={setQuery}
        suggestions={found}
        onPick={add}
        onEnter={(text) => {
          const q = text.trim();
          if (REGION_CODE.test(q)) add(q);
        }}
        onBackspaceEmpty={() => {
          if (codes.length > 0) onChange(codes.slice(0, -1));
        }}
        placeholder={t('metadata.region.placeholder')}
        status={searching ? t('metadata.region.searching') : t('metadata.region.noneFound')}
        {...(invalid ? { invalid } : {})}
      />
    </div>
  );
}
