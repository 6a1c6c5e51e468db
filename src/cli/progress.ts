// A progress bar on stderr for long runs, only when stderr is a terminal (so pipes and logs stay
// clean), after the first second, redrawn at most five times a second.
const WIDTH = 24;

export class Progress {
  private files = 0;
  private messages = 0;
  private readonly started: number;
  private drawn = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly write: ((s: string) => void) | null,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  message(): void {
    this.messages++;
  }

  sourceDone(): void {
    this.files++;
    this.draw(false);
  }

  private draw(force: boolean): void {
    if (!this.write) return;
    const now = this.now();
    if (!force && (now - this.started < 1000 || now - this.drawn < 200)) return;
    this.drawn = now;
    this.shown = true;
    const frac = this.total > 0 ? this.files / this.total : 1;
    const full = Math.round(frac * WIDTH);
    const secs = ((now - this.started) / 1000).toFixed(1);
    this.write(
      `\r[${'#'.repeat(full)}${'.'.repeat(WIDTH - full)}] ${Math.floor(frac * 100)}%  ` +
        `${this.files.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} files, ` +
        `${this.messages.toLocaleString('en-US')} messages, ${secs} s`,
    );
  }

  /** Clears the bar's line, if one was drawn. */
  end(): void {
    if (this.write && this.shown) this.write('\r\u001b[K');
  }
}
