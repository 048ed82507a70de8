import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import es from "./es.json";

type Messages = Record<string, unknown>;

/**
 * Each feature may keep its texts beside it, in web/src/features/<feature>/i18n/{es,en}.json, under
 * its own top-level keys; they are merged over the shared files, so features do not edit one big file.
 * The shared primitives of web/src/ui keep theirs in web/src/ui/i18n.
 */
const featureMessages = (files: Record<string, Messages>): Messages =>
  Object.assign(
    {},
    ...Object.keys(files)
      .sort()
      .map((file) => files[file]),
  );
const featureEs = featureMessages(
  import.meta.glob<Messages>(["./labels/es.json", "../ui/i18n/es.json", "../features/*/i18n/es.json"], {
    eager: true,
    import: "default",
  }),
);
const featureEn = featureMessages(
  import.meta.glob<Messages>(["./labels/en.json", "../ui/i18n/en.json", "../features/*/i18n/en.json"], {
    eager: true,
    import: "default",
  }),
);

export const LANGUAGES = ["es", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "fideliza.language";

function isLanguage(value: string | null): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : "es";
  } catch {
    return "es";
  }
}

/** Switches the UI language and remembers it in this browser. */
export function changeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts until reload.
  }
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "es";
}

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { es: { translation: { ...es, ...featureEs } }, en: { translation: { ...en, ...featureEn } } },
  lng: storedLanguage(),
  fallbackLng: "es",
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export default i18n;
