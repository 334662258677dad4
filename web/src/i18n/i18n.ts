import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from './id.json' with { type: 'json' };

/** Indonesian first; English is loaded only when someone switches to it. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'selaras.language';

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  resources: { id: { translation: id } },
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language in use, sent to the server as `Accept-Language`. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'id';
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

async function ensureCatalogue(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const catalogue = await import('./en.json', { with: { type: 'json' } });
  i18n.addResourceBundle(language, 'translation', catalogue.default);
}

/** Switches the UI language, remembers it on this device and sets `<html lang>`. */
export async function setLanguage(language: Language): Promise<void> {
  await ensureCatalogue(language);
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

/** Restores the language chosen earlier on this device. */
export function initLanguage(): Promise<void> {
  return setLanguage(storedLanguage());
}
