// The progress bar: nothing for a short run or when stderr is not a terminal; then at most five
// redraws a second, on one line, cleared at the end.
import { Progress } from '../../src/cli/progress';

function drive(times: readonly number[], tty: boolean): string {
  let clock = 0;
  let err = '';
  const p = new Progress(times.length, tty ? (s) => (err += s) : null, () => clock);
  for (const t of times) {
    clock = t;
    p.message();
    p.sourceDone();
  }
  p.end();
  return err;
}

describe('progress bar', () => {
  it.each<[string, number[], boolean, string]>([
    ['a short run: nothing', [100, 200, 900], true, ''],
    ['not a terminal: nothing', [500, 1500, 2500], false, ''],
    [
      'a long run: drawn after a second, then cleared',
      [500, 1200, 1300, 1500],
      true,
      '\r[########################] 100%  4/4 files, 4 messages, 1.5 s\r\u001b[K',
    ],
  ])('%s', (_name, times, tty, expected) => {
    const out = drive(times, tty);
    // the last drawing, then the clearing
    const draws = out.split('\r').filter(Boolean);
    expect(draws.length > 0 ? `\r${draws.slice(-2).join('\r')}` : '').toBe(expected);
  });

  it('at most five redraws a second', () => {
    const times = Array.from({ length: 1000 }, (_, i) => 1000 + i); // 1,000 files in one second
    const draws = drive(times, true)
      .split('\r')
      .filter((s) => s.startsWith('['));
    expect(draws.length).toBeLessThanOrEqual(6);
    expect(draws.length).toBeGreaterThanOrEqual(4);
  });
});
