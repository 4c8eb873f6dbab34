// "Ways to help" and "Detention facilities": links from the map page (and every server page's footer) to the
// server-rendered pages of the same names (server/help/, server/facilities/pages/), carrying the searched ZIP so the
// House finder and the nearby facilities open where the visitor searched. docs/decisions/0064-facility-and-help-pages.md
import type { PageModel, PageView } from '../app/page-model';
import type { Locale } from '../i18n/locale';

const LABELS: Record<Locale, { waysToHelp: string; facilities: string }> = {
  en: { waysToHelp: 'Ways to help', facilities: 'Detention facilities' },
  es: { waysToHelp: 'Cómo ayudar', facilities: 'Centros de detención' },
};

/** One link: its text and address. */
export interface HelpLink {
  text: string;
  href: string;
}

/** The two links in `locale`, with `zip` (five digits) when the visitor searched one. */
export function helpLinks(locale: Locale, zip: string | null): { waysToHelp: HelpLink; facilities: HelpLink } {
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams(extra);
    if (zip !== null) params.set('zip', zip);
    if (locale !== 'en') params.set('lang', locale);
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  return {
    waysToHelp: { text: LABELS[locale].waysToHelp, href: `/ways-to-help${query({})}` },
    facilities: { text: LABELS[locale].facilities, href: `/facilities${query({})}` },
  };
}

/** Keeps index.html's #ways-to-help-link and #facilities-link in the page's language, with the searched ZIP. */
export class HelpLinksView implements PageView {
  private shown = '';

  render({ state }: PageModel): void {
    const zip = state.origin?.type === 'zip' ? state.origin.zip : null;
    const key = `${state.locale} ${zip}`;
    if (key === this.shown) return;
    this.shown = key;
    const links = helpLinks(state.locale, zip);
    for (const [id, link] of [
      ['ways-to-help-link', links.waysToHelp],
      ['facilities-link', links.facilities],
    ] as const) {
      const anchor = document.getElementById(id);
      if (!anchor) continue;
      anchor.textContent = link.text;
      anchor.setAttribute('href', link.href);
    }
  }
}
