// The pane and the CLI in English, as they are once booted: the English catalog loaded (a chunk
// of its own in the pane). Tests that switch language go back with loadLanguage('en').
import { enCatalog } from '../../src/i18n/catalogs/en';
import { setCatalog } from '../../src/i18n/format';

setCatalog('en', { messages: enCatalog, english: enCatalog });
