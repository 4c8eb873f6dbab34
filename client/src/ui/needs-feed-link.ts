// "Follow needs near here": the Atom feed of the shelters' current needs around the searched place, as a visible link
// under the results and as <link rel="alternate"> in the head, so a feed reader finds it from the page's address.
// Rendered on the server and kept current in the browser; none for a map-view (bbox) search. Decision 0065.
import { ATOM_MEDIA_TYPE, needsFeedHref, type NeedsFeedOrigin } from '@contract/feed-paths';
import type { PageModel, PageView } from '../app/page-model';
import type { Locale } from '../i18n/locale';
import type { Origin } from '../state/search-state';
import { searchRadiusKm } from '../state/search-radius';
import { h } from './dom';

const LABELS: Record<Locale, { link: string; title: string }> = {
  en: { link: 'Follow needs near here (Atom feed)', title: "Shelters' needs near here" },
  es: { link: 'Seguir las necesidades cerca de aquí (canal Atom)', title: 'Necesidades de albergues cerca de aquí' },
};

/** The feed's origin for a search origin; null for a map view, which the feed does not take. */
export function feedOrigin(origin: Origin | null): NeedsFeedOrigin | null {
  if (!origin || origin.type === 'bbox') return null;
  if (origin.type === 'zip') return { zip: origin.zip };
  if (origin.type === 'place') return { place: origin.place };
  return { near: { latitude: origin.latitude, longitude: origin.longitude } };
}

/** Keeps index.html's #needs-feed paragraph and the head's feed link in step with the search. */
export class NeedsFeedLinkView implements PageView {
  private shown: string | null = null;

  render({ state }: PageModel): void {
    const origin = feedOrigin(state.origin);
    const href = origin ? needsFeedHref(origin, searchRadiusKm(state), state.locale) : '';
    const key = `${state.locale} ${href}`;
    if (key === this.shown) return;
    this.shown = key;
    const labels = LABELS[state.locale];
    const paragraph = document.getElementById('needs-feed');
    const anchor = document.getElementById('needs-feed-link');
    if (paragraph && anchor) {
      paragraph.hidden = !href;
      anchor.textContent = labels.link;
      if (href) anchor.setAttribute('href', href);
    }
    const existing = document.head.querySelector(`link[rel="alternate"][type="${ATOM_MEDIA_TYPE}"]`);
    if (!href) return void existing?.remove();
    const link = existing ?? document.head.appendChild(h('link', { rel: 'alternate', type: ATOM_MEDIA_TYPE }));
    link.setAttribute('href', href);
    link.setAttribute('title', labels.title);
  }
}
