// The pane and the CLI in English, as they are once booted: the English catalog loaded (a chunk
// of its own in the pane) and the engine's category advice as the English of the advice keys.
// Tests that switch language go back with loadLanguage('en').
import { CATEGORY_ADVICE } from '../../src/diagnosis';
import { en } from '../../src/i18n/catalogs/en';
import { adoptEngineAdvice } from '../../src/i18n/english-advice';
import { setCatalog } from '../../src/i18n/format';

adoptEngineAdvice(CATEGORY_ADVICE);
setCatalog('en', { messages: en, english: en });
