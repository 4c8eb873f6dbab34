// One polite live region for the page: result counts and other news a screen reader should hear
// without the focus moving.
import { byId } from './dom';

/** Speaks through #announcer. */
export class LiveAnnouncer {
  private readonly region = byId('announcer');

  /** Announces `text` (set after a tick, so the same text twice is announced twice). */
  say(text: string): void {
    this.region.textContent = '';
    window.setTimeout(() => {
      this.region.textContent = text;
    }, 50);
  }
}
