import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import raZh from './ra-zh';
import { zh } from './zh';

export const DEFAULT_LOCALE = 'zh-CN';
export type AppLocale = 'zh-CN' | 'en';

type Tree = { [key: string]: string | Tree };

function merge(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return out;
}

const zhMessages = merge(raZh as Tree, zh) as TranslationMessages;

// English is loaded on demand so the default (Chinese) start stays small.
const loadEnglish = async (): Promise<TranslationMessages> => {
  const [{ default: raEn }, { en }] = await Promise.all([import('ra-language-english'), import('./en')]);
  return merge(raEn as Tree, en) as TranslationMessages;
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? loadEnglish() : zhMessages),
  DEFAULT_LOCALE,
  [
    { locale: 'zh-CN', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  {
    // Server messages (already localized by the API) reach translate() as "keys": show them as
    // they are, and warn only about missing keys of our own (`resources.x.fields.y`).
    onMissingKey: (key: string) => {
      if (import.meta.env.DEV && /^[A-Za-z_]+(\.[\w-]+)+$/.test(key)) console.warn(`Missing translation: ${key}`);
      return key;
    },
  },
);

/** The locale the user sees, as an Accept-Language value the API understands. */
export const currentLocale = (): AppLocale => (i18nProvider.getLocale() === 'en' ? 'en' : 'zh-CN');
