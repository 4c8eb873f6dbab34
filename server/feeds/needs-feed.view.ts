// The needs near a place as an Atom 1.0 document (RFC 4287), written by the `feed` package (decision 0065).
import type * as FeedModule from 'feed' with { 'resolution-mode': 'import' };
import { v5 as uuidV5 } from 'uuid';
import { inLanguage } from './in-language';
import { needsFeedHref, type NeedsFeedOrigin } from '../contract/feeds';
import { needsFeedTexts } from './needs-feed-texts';
import type { NeedsNear, ShelterNeeds } from './needs-feed.queries';

// An ES module only: loaded once, on the first feed asked for (as server/pages/server-document.ts loads linkedom).
let feedModule: Promise<typeof FeedModule> | null = null;

/** What one feed is written for. */
export interface NeedsFeedRequest {
  site: string; // https://example.org, for absolute links
  origin: NeedsFeedOrigin;
  lang: 'en' | 'es';
  now: Date;
}

/** The Atom document for `found`. */
export async function renderNeedsFeed(found: NeedsNear, request: NeedsFeedRequest): Promise<string> {
  const { Feed } = await (feedModule ??= import('feed'));
  const say = needsFeedTexts(request.lang);
  const self = `${request.site}${needsFeedHref(request.origin, found.radiusKm, request.lang)}`;
  const latest = found.needs.reduce<Date | undefined>((a, n) => (a && a > n.updatedAt ? a : n.updatedAt), undefined);
  const feed = new Feed({
    id: self,
    title: say.feedTitle(found.origin.label),
    description: say.feedSubtitle(found.radiusKm, found.origin.label),
    link: `${request.site}/${mapSearch(request.origin, found.radiusKm, request.lang)}`,
    feedLinks: { atom: self },
    updated: latest ?? request.now,
    author: { name: 'Puente', link: request.site },
    generator: 'Puente',
    copyright: '',
  });
  for (const need of found.needs) feed.addItem(entry(need, request, say));
  return feed.atom1();
}

// The `feed` package writes entry titles and contents as type="html": the shelters' text goes in escaped, so a
// reader shows it as text and never runs it as markup.
function entry(need: ShelterNeeds, request: NeedsFeedRequest, say: ReturnType<typeof needsFeedTexts>) {
  const { listing } = need;
  const name = (request.lang === 'es' && listing.nameEs) || listing.name;
  const place = listing.location;
  const lines = [
    ...inLanguage(need.text, request.lang).split(/\r?\n/),
    '',
    say.until(formatDate(need.expiresOn, say.locale)),
    ...(place ? [placeLine(place), say.distance(Math.round(listing.distanceKm * 10) / 10)] : []),
    ...(place?.precision === 'approximate' ? [say.approximate] : []),
  ];
  return {
    // Stable for one need: the listing and the need's last day; a new last day is a new entry.
    id: `urn:uuid:${uuidV5(`current-needs/${need.expiresOn}`, listing.id)}`,
    title: escapeHtml(say.entryTitle(name)),
    link: `${request.site}/listings/${listing.id}${request.lang === 'es' ? '?lang=es' : ''}`,
    date: need.updatedAt,
    content: lines.map(escapeHtml).join('<br/>'),
    author: [{ name: listing.organizationName }],
  };
}

// A confidential shelter's public location has no street and no ZIP; an exact one's has them.
function placeLine(place: NonNullable<ShelterNeeds['listing']['location']>): string {
  return [place.address1, place.address2, `${place.city}, ${place.state}`, place.postalCode].filter(Boolean).join(', ');
}

function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00Z`));
}

// The map's address for the same search, shelters only (client/src/state/url-state.codec.ts reads it).
function mapSearch(origin: NeedsFeedOrigin, radiusKm: number, lang: 'en' | 'es'): string {
  const query = new URL(needsFeedHref(origin, radiusKm, lang), 'http://x').searchParams;
  query.set('kind', 'shelter');
  return `?${query.toString()}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
