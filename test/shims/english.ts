// The pane and the CLI in English, as they are once booted: the English catalog loaded (a chunk
// of its own in the pane), with the CLI's own output (which only the CLI loads: a test of the pane
// can't tell). Tests that switch language go back with loadLanguage('en', CLI_CATALOGS).
import { enCatalog } from '../../src/i18n/catalogs/en';
import { cli } from '../../src/i18n/cli-catalogs/en';
import { setCatalog } from '../../src/i18n/format';

const english = { ...enCatalog, ...cli };
setCatalog('en', { messages: english, english });
