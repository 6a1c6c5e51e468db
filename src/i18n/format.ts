// t(): the active language's text for a key, English where the catalog lacks it (when English is
// loaded: the shipped catalogs lack none), with {name} placeholders filled in; plural(), list()
// and date() through Intl, in the active language.
// One language per pane (chosen at boot) and per CLI run: a module-level setting, not React state.
import type { Catalog, MessageKey } from './catalogs/en';
import { languageTag, type Language } from './language';

export type Params = Readonly<Record<string, string | number>>;

/** Keys with plural forms, without their ".one" / ".other" ending. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/** What a language brings (load.ts). */
export interface LoadedLanguage {
  readonly messages: Catalog;
  /** The English catalog, when it was loaded: the language is English, or a pseudo-locale. */
  readonly english?: Catalog;
  /** Made of the English text (the pseudo-locales): applied to it where messages lack a key. */
  readonly transform?: (text: string) => string;
}

interface Active extends LoadedLanguage {
  readonly lang: Language;
  readonly tag: string;
}

let active: Active = { lang: 'en', tag: 'en', messages: {} };
/** Counts changes of the active messages, so that what is made of them can be made again. */
let version = 0;

/** The English text of a key; the key itself when it isn't loaded. */
function source(key: MessageKey): string {
  return active.english?.[key] ?? key;
}

export function setCatalog(lang: Language, loaded: LoadedLanguage): void {
  active = { ...loaded, lang, tag: languageTag(lang) };
  version++;
}

/** Adds keys loaded later (advice-rare.ts) to the active language's messages. */
export function addMessages(messages: Catalog): void {
  active = { ...active, messages: { ...active.messages, ...messages } };
  version++;
}

/** Whether the active language's own messages have the key. */
export function hasMessage(key: MessageKey): boolean {
  return active.messages[key] !== undefined;
}

/** Changes with every setCatalog() and addMessages(). */
export function catalogVersion(): number {
  return version;
}

export function currentLanguage(): Language {
  return active.lang;
}

/** The BCP 47 tag of the active language, for Intl and the lang attribute. */
export function currentTag(): string {
  return active.tag;
}

export function isEnglish(): boolean {
  return active.lang === 'en';
}

// {name}: one linear scan, no backtracking.
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? number(value) : value;
  });
}

export function t(key: MessageKey, params?: Params): string {
  const own = active.messages[key];
  if (own !== undefined) return interpolate(own, params);
  return interpolate(active.transform ? active.transform(source(key)) : source(key), params);
}

/** The English text, whatever the active language (the engine's own words are compared to it). */
export function english(key: MessageKey, params?: Params): string {
  return interpolate(source(key), params);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form for count ({count} filled in): "one", "other", or "other" for forms a
 *  language has (few, many) that the catalogs don't spell out. */
export function plural(key: PluralKey, count: number, params: Params = {}): string {
  let rules = pluralRules.get(active.tag);
  if (!rules) {
    rules = new Intl.PluralRules(active.tag);
    pluralRules.set(active.tag, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  const full = `${key}.${form}` as MessageKey;
  const known = active.messages[full] !== undefined || source(full) !== full;
  const chosen = known ? full : (`${key}.other` as MessageKey);
  return t(chosen, { count, ...params });
}

export function number(value: number): string {
  return new Intl.NumberFormat(active.tag).format(value);
}

/** "a, b and c" in the active language. */
export function list(items: readonly string[]): string {
  return new Intl.ListFormat(active.tag, { style: 'long', type: 'conjunction' }).format(items);
}

/** A date header ("Wed, 12 Mar 2025 14:00:00 +0000") as the reader's local date and time, in the
 *  active language; the text itself when it does not parse. */
export function date(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  // English keeps the reader's own regional format (en-GB, en-AU...), as the pane did before.
  const locale = active.lang === 'en' ? undefined : active.tag;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
