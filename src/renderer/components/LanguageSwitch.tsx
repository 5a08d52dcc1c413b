/** ID / EN switch; the choice is remembered on this computer. */
import { useTranslation } from 'react-i18next';
import { LANGS, setLang } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('header.language')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          className="segmented-option"
          aria-pressed={i18n.language === lang}
          lang={lang}
          title={t(`header.languageName.${lang}`)}
          onClick={() => void setLang(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
