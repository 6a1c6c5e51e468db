// HTML made text (mime/html.ts), as a reader sees it: what recognizers read of an HTML-only
// bounce, or of one forwarded by Outlook on the web, Gmail, Apple Mail or Thunderbird in HTML.
import { htmlToText } from '../../src/diagnosis/mime/html';

test.each([
  ['<br> and the newline after it', 'a<br>\n550 5.1.1 b', 'a\n550 5.1.1 b'],
  ['leading &nbsp; are kept', 'a<br>\n&nbsp;&nbsp;b', 'a\n  b'],
  ['<hr> is a line', 'note<hr style="width:98%"><b>From:</b> x', 'note\nFrom: x'],
  ['cells of a row apart', '<tr><th>Subject: </th><td>Returned mail</td></tr>', '\nSubject: Returned mail\n'],
  ['cells without spaces apart', '<tr><td>To:</td><td>bob@example.org</td></tr>', '\nTo: bob@example.org\n'],
  [
    '<pre> keeps its lines',
    '<pre>Final-Recipient: rfc822; bob@example.org\nStatus: 5.1.1</pre>',
    '\nFinal-Recipient: rfc822; bob@example.org\nStatus: 5.1.1\n',
  ],
  [
    '<blockquote> starts a line',
    'x<blockquote type="cite">Begin forwarded message:',
    'x\nBegin forwarded message:',
  ],
  ['style and script are skipped', '<style>p{}</style>a<script>b</script>c', 'ac'],
  ['paragraphs elsewhere are apart', '<p>a</p>\n<p>b</p>', '\na\n\nb\n'],
  [
    'a <div> per line, and <div><br></div> an empty one (Apple Mail, web mails)',
    '<div>a</div>\n<div><br></div>\n<div>b</div><div>c</div>',
    'a\n\nb\nc\n',
  ],
  [
    "Word's margin-less paragraphs are lines (a plain-text notice Outlook forwards as HTML)",
    '<p class=MsoPlainText>Delivery to the following recipient failed:<o:p></o:p></p>\n<p class=MsoPlainText><o:p>&nbsp;</o:p></p>\n<p class=MsoPlainText>&nbsp;&nbsp;&nbsp;&nbsp; bob@example.org<o:p></o:p></p>',
    'Delivery to the following recipient failed:\n\n     bob@example.org\n',
  ],
  [
    "Word's divisions and their paragraphs make one line end",
    '<div class=WordSection1><p class=MsoNormal>a<o:p></o:p></p><div><p class=MsoNormal>b<br>c</p></div></div>',
    'a\nb\nc\n',
  ],
])('%s', (_, html, want) => {
  expect(htmlToText(html)).toBe(want);
});
