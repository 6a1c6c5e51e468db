// Language choice (?lang=, Outlook, the browser, LANG) and formatting in the active language.
import { chooseLanguage, matchLanguage, textDirection, languageTag } from '../../src/i18n/language';
import { date, list, plural, setCatalog, t } from '../../src/i18n/format';
import { pseudoText } from '../../src/i18n/pseudo';
import { en } from '../../src/i18n/catalogs/en';

/** A language with English loaded beside it (as English and the pseudo-locales have). */
const withEnglish = (messages = {}) => ({ messages, english: en });

afterEach(() => setCatalog('en', withEnglish()));

describe('matchLanguage', () => {
  test.each([
    ['de-DE', 'de'],
    ['de', 'de'],
    ['DE-at', 'de'],
    ['de_DE.UTF-8', 'de'],
    ['fr_CA@euro', 'fr'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-TW', null],
    ['zh-Hant', null],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['nl-BE', 'nl'],
    ['en-GB', 'en'],
    ['sv-SE', null],
    ['C', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (tag, expected) => expect(matchLanguage(tag)).toBe(expected));
});

describe('chooseLanguage', () => {
  test.each([
    [{ requested: 'ja', office: 'de-DE', preferred: ['fr'] }, 'ja'],
    [{ requested: 'xx', office: 'de-DE', preferred: ['fr'] }, 'de'],
    [{ requested: null, office: 'de-DE', preferred: ['fr'] }, 'de'],
    [{ office: 'zh-TW', preferred: ['sv', 'zh-Hans-CN', 'fr'] }, 'zh-CN'],
    [{ preferred: ['sv-SE', 'da'] }, 'en'],
    [{}, 'en'],
    [{ requested: 'qps', office: 'de-DE' }, 'qps'],
    [{ requested: 'ar', office: 'de-DE' }, 'ar'],
    [{ requested: 'ar-EG' }, 'ar'],
  ] as const)('%j -> %s', (signals, expected) => expect(chooseLanguage(signals)).toBe(expected));

  test('only the Arabic pseudo run is right-to-left; pseudo-locales carry valid tags', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
    expect(languageTag('qps')).toBe('en-XA');
    expect(languageTag('ar')).toBe('ar-XB');
    expect(languageTag('pt-BR')).toBe('pt-BR');
  });
});

describe('t, plural, list and date', () => {
  test('a translated string, English where the catalog lacks the key, placeholders filled', () => {
    setCatalog('de', withEnglish({ 'actions.resendTo': 'Erneut an {address} senden' }));
    expect(t('actions.resendTo', { address: 'a@example.com' })).toBe('Erneut an a@example.com senden');
    expect(t('actions.resend')).toBe('Send again');
    expect(t('actions.resendTo')).toBe('Erneut an {address} senden');
  });

  test.each([
    ['en', 1, '1 recipient needs attention'],
    ['en', 2, '2 recipients need attention'],
    ['en', 1200, '1,200 recipients need attention'],
    ['de', 1200, '1.200 recipients need attention'],
  ] as const)('plural in %s for %d', (lang, count, expected) => {
    setCatalog(lang, withEnglish());
    expect(plural('overview.heading', count)).toBe(expected);
  });

  test('Japanese has one plural form: the "other" text is used for 1', () => {
    setCatalog('ja', withEnglish({ 'overview.heading.one': 'one', 'overview.heading.other': '{count} 件' }));
    expect(plural('overview.heading', 1)).toBe('1 件');
  });

  test.each([
    ['en', 'a, b, and c'],
    ['de', 'a, b und c'],
    ['ja', 'a、b、c'],
  ] as const)('list in %s', (lang, expected) => {
    setCatalog(lang, withEnglish());
    expect(list(['a', 'b', 'c'])).toBe(expected);
  });

  test('a date in the active language; text that is no date stays as it is', () => {
    const when = 'Wed, 12 Mar 2025 14:00:00 +0000';
    setCatalog('de', withEnglish());
    const german = date(when);
    setCatalog('ja', withEnglish());
    const japanese = date(when);
    expect(german).toMatch(/2025/);
    expect(japanese).toMatch(/2025\/03\/1[23]|2025年/);
    expect(german).not.toBe(japanese);
    expect(date('soon')).toBe('soon');
  });
});

describe('pseudo-locales', () => {
  test('accented, at least 40% longer, placeholders kept', () => {
    const text = pseudoText('Send again to {address}', 'qps');
    expect(text).toContain('{address}');
    expect(text.startsWith('Šéñð áĝáíñ ţö {address}')).toBe(true);
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil('Send again to {address}'.length * 1.4));
  });

  test('the right-to-left run writes Arabic letters', () => {
    const text = pseudoText('Who must fix it', 'ar');
    expect(text).toMatch(/^[\u0600-\u06ff ]+$/);
  });
});
