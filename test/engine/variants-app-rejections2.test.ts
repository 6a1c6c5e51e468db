// The notices more applications with a mail gateway send when they refuse a person's message (Odoo's
// catchall and alias refusals). Each fixture is invented (test/fixtures/variants/app-rejections2/);
// the comment above each row names the template its words are quoted from, and the expected values
// are what those words mean (../shared/TAXONOMY.md): the refused recipient is the application's
// address the person wrote to (the one the notice names, else the notice's own From).
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('app-rejections2/');
const APP = 'app-rejection';

const CASES: FixtureCase[] = [
  // odoo/odoo addons/mail/data/mail_templates_mailgateway.xml mail_bounce_catchall (mail_thread.py message_route,
  // "direct write to catchall, bounce"): "The email sent to <to> cannot be processed. This address is used to
  // collect replies and should not be used to directly contact <company>." "Please contact us instead using <email>"
  c('01-odoo-catchall-direct-write.eml', 'bounce', APP, [
    'catchall@example.com',
    null,
    'recipient-policy',
    'sender',
  ]),
  // addons/mail/models/mail_alias.py _get_alias_bounced_body_fallback: "The message below could not be accepted by
  // the address %(alias_display_name)s. Only %(contact_description)s are allowed to contact it." with "addresses
  // linked to registered partners" (alias_contact 'partners'): the alias's own rules
  c('02-odoo-alias-partners-only.eml', 'bounce', APP, [
    'sales@example.com',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // mail_alias.py _get_alias_contact_description: "some specific addresses" (alias_contact 'followers')
  c('03-odoo-alias-some-specific-addresses.eml', 'bounce', APP, [
    'projects@example.com',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // Odoo 13 mail_alias.py _get_alias_bounced_body_fallback: "The following email sent to %s cannot be accepted
  // because this is a private email address. Only allowed people can contact us at this address."
  c('04-odoo-private-email-address-legacy.eml', 'bounce', APP, [
    'board@example.com',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // mail_alias.py _get_alias_invalid_body (_alias_bounce_incoming_email with set_invalid, a misconfigured alias):
  // "The message below could not be accepted by the address %(alias_display_name)s. Please try again later or
  // contact %(company_name)s instead."
  c('05-odoo-alias-invalid-try-later.eml', 'bounce', APP, [
    'jobs@example.com',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // mail_templates_mailgateway.xml message_notification_limit_email (mail_thread.py _detect_loop_sender): "The
  // message below could not be accepted by the address <email> because you have contacted it too many times in
  // the last few minutes. Please try again later."
  c('06-odoo-contacted-too-many-times.eml', 'bounce', APP, [
    'support@example.com',
    null,
    'rate-limited',
    'sender',
  ]),
  // addons/hr_expense/models/mail_alias.py _get_alias_bounced_body_fallback (alias_contact 'employees'): "Your
  // document has not been created because your email address is not recognized. Please send emails with the email
  // address recorded on your employee information, or contact your HR manager." (no bounce address set, so
  // mail_thread.py _routing_create_bounce_email sends it From the alias the person wrote to)
  c('07-odoo-expense-address-not-recognized.eml', 'bounce', APP, [
    'expense@example.com',
    null,
    'recipient-policy',
    'sender',
  ]),
];

describe('mail-gateway applications (Odoo): refusals', () => {
  test.each(CASES)('$file', (fc) => checkFixture(fc));
});
