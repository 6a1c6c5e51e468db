// Gmail's bounce notice in the sender's interface language: the human-readable part is localized,
// the delivery-status part stays English but is lost when the notice is forwarded inline or
// pasted (invented fixtures under test/fixtures/variants/gmail-langs/). Only the words a public
// source shows are used; the comment above each row names it.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('gmail-langs/');

const CASES: FixtureCase[] = [
  // Gmail in Spanish, whole multipart/report: heading "No se ha encontrado la dirección" and
  // "Tu mensaje no se ha entregado a <address>" (bounce-auditing code that matches Gmail's
  // Spanish notices: rapicreditca auditoria_rebotes_gmail service, _BOUNCE_MARKERS and
  // _RE_ENTREGA_ES; a Chilean Workspace scanner's BOUNCE_SUBJECTS, "Google Workspace en
  // español"); the English delivery-status part decides
  c('01-es-no-se-ha-encontrado-la-direccion.eml', 'bounce', 'rfc3464', [
    'javier.ortiz@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // the same notice forwarded from Gmail in Spanish ("---------- Forwarded message ---------",
  // "De:"): only the heading "No se ha encontrado la dirección" names the cause (same sources)
  c('02-es-no-se-ha-encontrado-la-direccion-gmail-forward.eml', 'bounce', 'gmail', [
    'javier.ortiz@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // the same notice forwarded from Outlook in Spanish ("-----Mensaje original-----", "De: /
  // Enviado el: / Para: / Asunto:", subject "RV:"; as variants/localized) (same sources)
  c('03-es-no-se-ha-encontrado-la-direccion-outlook-forward.eml', 'bounce', 'gmail', [
    'javier.ortiz@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
];

test.each(CASES.map((k) => [k.file, k] as const))('%s', (_, k) => checkFixture(k));
