// "Share": the system share sheet (Web Share API) where the browser has one, else the link copied
// to the clipboard with a visible, announced "Link copied"; where even that is refused, the link is
// shown selected to copy by hand. The links come from the URL codec, so they never hold a location
// finer than 2 decimals (docs/decisions/0042-shared-links-two-decimals.md).
import type { Locale } from '../i18n/locale';
import { h } from './dom';

// Kept here, not in the map's catalogue: only this control says these (and the print stylesheet's URL line needs none).
const TEXTS = {
  en: {
    share: 'Share',
    shareListing: 'Share this place',
    shareResults: 'Share these results',
    copied: 'Link copied',
    copyByHand: 'Copy this link:',
  },
  es: {
    share: 'Compartir',
    shareListing: 'Compartir este lugar',
    shareResults: 'Compartir estos resultados',
    copied: 'Enlace copiado',
    copyByHand: 'Copie este enlace:',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** What a Share button shares. */
export interface ShareTarget {
  url: string; // absolute
  title: string;
  what: 'listing' | 'results'; // names the button for screen readers
}

/** The browser features sharing uses (the real navigator by default; tests and old browsers lack some). */
export type ShareNavigator = Pick<Navigator, 'clipboard'> & {
  share?: Navigator['share'];
  canShare?: Navigator['canShare'];
};

/** A Share button with its status line (role=status: the confirmation is seen and heard). */
export function shareControl(locale: Locale, target: ShareTarget, nav: ShareNavigator = navigator): HTMLElement {
  const texts = TEXTS[locale];
  const status = h('span', { class: 'share-status', role: 'status' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button button--secondary share-button',
      'aria-label': target.what === 'listing' ? texts.shareListing : texts.shareResults,
    },
    [texts.share],
  );
  button.addEventListener('click', () => void share(nav, target, status, texts));
  return h('div', { class: 'share-bar', 'data-share-url': target.url }, [button, status]);
}

async function share(
  nav: ShareNavigator,
  target: ShareTarget,
  status: HTMLElement,
  texts: (typeof TEXTS)[Locale],
): Promise<void> {
  status.replaceChildren();
  const data = { title: target.title, url: target.url };
  if (typeof nav.share === 'function' && (nav.canShare?.(data) ?? true)) {
    try {
      await nav.share(data);
      return;
    } catch (err) {
      if ((err as Error | null)?.name === 'AbortError') return; // the person closed the sheet
      // Any other refusal (no user gesture, a policy): copy instead.
    }
  }
  try {
    await nav.clipboard.writeText(target.url);
    status.textContent = texts.copied;
  } catch {
    const field = h('input', {
      type: 'text',
      readonly: true,
      value: target.url,
      class: 'share-url-field',
      'aria-label': texts.copyByHand,
    });
    status.replaceChildren(texts.copyByHand, ' ', field);
    field.select();
  }
}

/** The canonical address of a listing's own page, in `locale`. */
export function listingShareUrl(origin: string, id: string, locale: Locale): string {
  return `${origin}/listings/${encodeURIComponent(id)}${locale === 'es' ? '?lang=es' : ''}`;
}
