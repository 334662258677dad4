import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, setLanguage } from './i18n.ts';

/** ID / EN buttons in the header; the choice is remembered on the device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = isLanguage(i18n.language) ? i18n.language : 'id';
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label', 'Bahasa')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={active === language}
          onClick={() => void setLanguage(language)}
        >
          {language.toUpperCase()}
          <span className="visually-hidden">
            {' '}
            {language === 'id' ? t('language.id', 'Bahasa Indonesia') : t('language.en', 'English')}
          </span>
        </button>
      ))}
    </fieldset>
  );
}
