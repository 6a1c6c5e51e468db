// Exchange's non-delivery reports in Portuguese, Finnish and Swedish, whole and as people forward
// them inline from Outlook in their own language (invented fixtures under
// test/fixtures/variants/exchange-langs/). The comment above each row names the pasted notice the
// variant's words are taken from; the SMTP replies inside the admin block stay English.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('exchange-langs/');

const CASES: FixtureCase[] = [
  // pastebin.com/BxEWDHGy (Exchange 2013, pt-BR): "Falha na entrega aos seguintes destinatários ou
  // grupos:", "A seguinte organização rejeitou sua mensagem:", "Informações de diagnóstico para
  // administradores:", "Gerando servidor:", "Remote Server returned '<... #5.0.0 smtp;550
  // Verification failed for <...> No Such User Here Sender verify failed>'", "Cabeçalhos de mensagem
  // originais:"; the remote server's callout could not verify the sender's own address.
  c('01-exchange-2013-pt-br-falha-na-entrega-sender-verify.eml', 'bounce', 'exchange', [
    'diretoria@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // The same forwarded by Outlook in Portuguese ("-----Mensagem original-----", "De: / Enviada em: /
  // Para: / Assunto:", subject "ENC:").
  c('02-outlook-pt-br-mensagem-original-sender-verify.eml', 'bounce', 'exchange', [
    'diretoria@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // pastebin.com/7ZMwtfqv (Exchange 2010, fi): "Toimitus seuraaville vastaanottajille tai ryhmille
  // epäonnistui:", "Palvelin on yrittänyt toimittaa tätä viestiä siinä onnistumatta ja on lopettanut
  // yrittämisen.", "Vianmääritystiedot järjestelmänvalvojille:", "Palvelinta muodostetaan:", "#550
  // 4.4.7 QUEUE.Expired; message expired ##rfc822;<original recipient>", "Alkuperäiset
  // viestiotsikot:"; the address after "##rfc822;" is the original recipient, not a second one.
  c('03-exchange-2010-fi-toimitus-epaonnistui-queue-expired.eml', 'bounce', 'exchange', [
    'vvirtanen@ryhma.example.net',
    '4.4.7',
    'expired',
    'recipient-admin',
  ]),
  // The same forwarded by the new Outlook in Finnish ("Lähettäjä: / Päivämäärä: / Vastaanottaja: /
  // Aihe:", subject "VL:"): before the Finnish labels the forward was read as plain text and the
  // original recipient after "##rfc822;" was taken for the failed one.
  c('04-new-outlook-fi-vl-queue-expired.eml', 'bounce', 'exchange', [
    'vvirtanen@ryhma.example.net',
    '4.4.7',
    'expired',
    'recipient-admin',
  ]),
  // pastebin.com/QYLQfNcL (Exchange Online, sv): "Diagnostisk information för administratörer:",
  // "Genererande server:", "Remote Server returned '550 5.1.8 Access denied, bad outbound sender'",
  // "Ursprungshuvuden:", forwarded by Outlook in Swedish ("-----Ursprungligt meddelande-----",
  // "Från: / Skickat: / Till: / Ämne:", subject "VB: Olevererbart:").
  c('05-outlook-sv-ursprungligt-meddelande-bad-outbound-sender.eml', 'bounce', 'exchange', [
    'servicedesk@example.net',
    '5.1.8',
    'sender-blocked',
    'sender-admin',
  ]),
  // pastebin.com/YbK982xS (Exchange 2010, "Diagnostics from MS Exchange in partly in swedish"):
  // "Diagnostisk information för administratörer:", "Genererande server:", "<host> #550 5.7.1 Unable
  // to relay ##", "Ursprungshuvuden:", forwarded by Outlook in Swedish.
  c('06-outlook-sv-ursprungligt-meddelande-unable-to-relay.eml', 'bounce', 'exchange', [
    'test@linux.example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // The same, as Outlook forwards a report whose sender has an Exchange (EX) address: the forward's
  // "Från:" line names "Microsoft Exchange" without an address, so nothing but the subject and the
  // localized labels says a mail system wrote it (the labels count as its words: bounce-phrases.ts).
  c('07-outlook-sv-sender-name-only-unable-to-relay.eml', 'bounce', 'exchange', [
    'test@linux.example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
];

test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => {
  checkFixture(k);
});
