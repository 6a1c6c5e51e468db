// Exchange Server (2010-2019) and Exchange Online NDRs by their transport component code: one whole
// NDR per code ("Delivery has failed to these recipients or groups" with its "Diagnostic information
// for administrators" block, in the 2010 "#550 ... ##" and the 2013+ "Remote Server returned '...'"
// forms), invented fixtures under test/fixtures/variants/exchange-components/. AckReason below is
// Exchange's decompiled transport class Microsoft.Exchange.Transport.AckReason (its SmtpResponse
// constants are the replies Exchange writes); the comment above each row names the constant or page.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

const c = (file: string, ...recipients: RecipientRow[]): FixtureCase => ({
  file: `variants/exchange-components/${file}`,
  kind: 'bounce',
  format: 'exchange',
  recipients: recipientRows(recipients),
});

const CASES: FixtureCase[] = [
  // AckReason.MessageTooLargeForRoute '550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route'
  c('01-routing-sizelimit.eml', ['archive@partner.example.net', '5.3.4', 'message-too-large', 'sender']),
  // AckReason.NoConnectorForAddressType: the organization has no connector for the address type (its own
  // routing set-up, the recipient is in the same organization)
  c('02-routing-noconnectorforaddresstype.eml', [
    'fax-desk@fabrikam.example.com',
    '5.4.4',
    'recipient-system',
    'sender-admin',
  ]),
  // AckReason.NoNextHop '550 5.4.4 ROUTING.NoNextHop; unable to route' (registry 5.4.4 "Unable to route")
  c('03-routing-nonexthop.eml', ['ines@branch.example.net', '5.4.4', 'recipient-domain-invalid', 'sender']),
  // AckReason.BareLinefeedsAreIllegal; MicrosoftDocs/SupportArticles-docs
  // .../smtpsend-barelinefeedsareillegal-when-tracing-messages.md (KB 2998901)
  c('04-smtpsend-bare-linefeeds.eml', [
    'orders@supplier.example.net',
    '5.6.2',
    'message-noncompliant',
    'sender-admin',
  ]),
  // AckReason.OverAdvertisedSizeLimit 'SMTPSEND.OverAdvertisedSize; message size exceeds fixed maximum size'
  c('05-smtpsend-over-advertised-size.eml', [
    'pia@studio.example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/mapiexceptionnotfound-ndr.md:
  // the recipient mailbox lacks its Clutter folder
  c('06-storedrv-mapiexceptionnotfound.eml', [
    'will@northwind.example.com',
    '5.2.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // AckReason.DnsInvalidData 'SMTPSEND.DNS.InvalidData; DNS returned an invalid response for this domain'
  c('07-smtpsend-dns-invaliddata.eml', [
    'quentin@broken-dns.example.org',
    '5.4.4',
    'recipient-system',
    'recipient-admin',
  ]),
  // AckReason.ExpansionLoopDetected '550 5.4.6 RESOLVER.FWD.Loop; there is a forwarding loop configured in the directory'
  c('08-resolver-fwd-loop.eml', ['reception@fabrikam.example.com', '5.4.6', 'mail-loop', 'sender-admin']),
  // AckReason.AlternateRecipientNotFound 'RESOLVER.FWD.NotFound; misconfigured forwarding address'
  c('09-resolver-fwd-notfound.eml', [
    'sales-lead@contoso.example.org',
    '5.2.0',
    'recipient-system',
    'sender-admin',
  ]),
  // AckReason.DLExpansionBlockedNeedsSenderRestrictions 'RESOLVER.GRP.Blocked.NeedsSenderRestrictions; ...'
  c('10-resolver-grp-needs-sender-restrictions.eml', [
    'all-staff@contoso.example.org',
    '5.7.1',
    'recipient-policy',
    'sender-admin',
  ]),
  // AckReason.RecipientPermissionRestrictedToGroup 'RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list'
  c('11-resolver-rst-notauthorized-to-group.eml', [
    'board@contoso.example.org',
    '5.7.1',
    'recipient-policy',
    'sender-admin',
  ]),
  // AckReason.MessageTooLargeForOrganization 'RESOLVER.RST.SendSizeLimit.Org; message too large for this organization'
  c('12-resolver-rst-sendsizelimit-org.eml', [
    'ruth@partner.example.net',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // AckReason.UnencapsulatableTargetAddress "RESOLVER.CON.UnencapTarget; contact's configured external
  // address is unroutable": the organization's own mail contact, not a missing domain
  c('14-resolver-con-unencap-target.eml', [
    'tara.contact@fabrikam.example.com',
    '5.2.0',
    'recipient-system',
    'sender-admin',
  ]),
  // AckReason.InboundInvalidContent '554 5.6.0 STOREDRV.Deliver; invalid message content'
  c('15-storedrv-deliver-invalid-content.eml', [
    'uma@contoso.example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // AckReason.NoModeratorAddresses: a moderated group without moderators is set up wrong, not a policy
  c('16-resolver-mt-no-moderator-addresses.eml', [
    'press@contoso.example.org',
    '5.2.0',
    'recipient-system',
    'sender-admin',
  ]),
  // MicrosoftDocs/SupportArticles-docs .../ndr/550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error.md
  // (KB 4492048): the moderation's retention tag is missing
  c('17-approval-invalidexpiry.eml', [
    'moderated-news@contoso.example.org',
    '5.6.0',
    'recipient-system',
    'sender-admin',
  ]),
];

describe('Exchange NDRs by transport component code', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
