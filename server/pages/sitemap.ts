// /sitemap.xml (the home page and every published listing's page, in both languages) and /robots.txt,
// which points to it and keeps crawlers off the private pages.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { LOCALES } from '../../client/src/i18n/locale';
import { escapeText } from './html-serialize';
import { listingPath, localizedHref } from './page-frame';
import { listPublishedListingIds } from './sitemap.queries';

/** Pages and API paths crawlers have no business in: the moderators' and the edit link's. */
const PRIVATE_PATHS = ['/moderate.html', '/edit.html', '/api/v1/moderation'];

/** robots.txt for a site reached at `origin`. */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    ...PRIVATE_PATHS.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

/** The sitemap (sitemaps.org 0.9 with xhtml:link alternates for each language). */
export async function sitemapXml(db: Kysely<Database>, origin: string): Promise<string> {
  const listings = await listPublishedListingIds(db);
  const entry = (path: string, lastmod?: Date) => {
    const alternates = LOCALES.map(
      (locale) =>
        `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(origin + localizedHref(path, locale))}"/>`,
    ).join('');
    const modified =
      lastmod && !Number.isNaN(lastmod.getTime()) ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : '';
    return `<url><loc>${escapeXml(origin + path)}</loc>${modified}${alternates}</url>`;
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    entry('/'),
    ...listings.map((listing) => entry(listingPath(listing.id), listing.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
