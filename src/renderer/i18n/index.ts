/** i18next with the two catalogs; Indonesian by default, the choice kept in localStorage. */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import exportEn from './export.en.json';
import exportId from './export.id.json';
import id from './id.json';
import qualityEn from './quality.en.json';
import qualityId from './quality.id.json';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
const LANG_KEY = 'satudata.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // the quality catalogs (Validasi, Langkah) add one top-level key, `quality`; the export
  // catalogs (Ekspor formats, forms, bundles, Katalog Data) add their own top-level keys
  resources: {
    id: { translation: { ...id, ...qualityId, ...exportId } },
    en: { translation: { ...en, ...qualityEn, ...exportEn } },
  },
  lng: storedLang(),
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

document.documentElement.lang = i18n.language;

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'id';
}

export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not persisted; the switch still works for this session
  }
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}
