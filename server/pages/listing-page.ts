// /listings/{id}: one listing's public details as a page of its own, for a phone without JavaScript,
// a search engine and a link preview. Built by the client's detail view (ui/listing-detail.ts); a
// document, not the map app: no script, so it paints at once. The map app opens it at /?listing={id}.
import { z } from 'zod';
import { findPublishedListing } from '../listings/listings.queries';
import { toDetail } from '../listings/listings.views';
import type { ListingDetail } from '../contract/listing';
import { defaultUnitFor } from '../../client/src/format/distance.format';
import { listingName } from '../../client/src/i18n/listing-name';
import { pickLocalizedText } from '../../client/src/i18n/localized-text';
import type { Locale } from '../../client/src/i18n/locale';
import { t } from '../../client/src/i18n/translate';
import { vocabularyLabel } from '../../client/src/i18n/vocabulary-labels';
import { byId, h } from '../../client/src/ui/dom';
import { listingBody } from '../../client/src/ui/listing-detail';
import { HelpLinksView } from '../../client/src/ui/help-links';
import { mapPageTexts, PageChrome } from '../../client/src/ui/page-chrome';
import { DEFAULT_SEARCH_STATE } from '../../client/src/state/search-state';
import { jsonForHtml } from './json-for-html';
import { listingJsonLd } from './listing-json-ld';
import { listingPath, localizedHref, writePageFrame } from './page-frame';
import type { PageContext, RenderedPage } from './search-page';
import { parsePage, withDocument, type ServerPage } from './server-document';

/** Characters of the description in the link preview. */
const PREVIEW_LENGTH = 200;

/** The published listing `id` as the API's detail, or null. */
export async function findListingDetail(ctx: PageContext, id: string): Promise<ListingDetail | null> {
  const valid = z.uuid().safeParse(id);
  const row = valid.success ? await findPublishedListing(ctx.db, valid.data.toLowerCase(), ctx.now) : undefined;
  return row ? toDetail(row, ctx.now) : null;
}

/** The page of listing `id`, or a 404 page when no published listing has it. */
export async function renderListingPage(
  ctx: PageContext,
  template: string,
  id: string,
  locale: Locale,
): Promise<RenderedPage> {
  const listing = await findListingDetail(ctx, id);
  const page = await documentPage(template);
  if (!listing) {
    withDocument(page.document, () => notFoundBody(page, locale));
    return { status: 404, html: page.html() };
  }
  withDocument(page.document, () => listingPageBody(page, ctx, listing, locale));
  return { status: 200, html: page.html() };
}

// The template without the map app: its script and preloads go, the map's region too.
async function documentPage(template: string): Promise<ServerPage> {
  const page = await parsePage(template);
  for (const element of page.document.querySelectorAll(
    'script[type="module"], link[rel="modulepreload"], #map-region, #filters, #view-toggle, #search',
  ))
    element.remove();
  page.document.body.classList.add('document-page');
  return page;
}

function frameState(locale: Locale) {
  return {
    state: { ...DEFAULT_SEARCH_STATE, locale },
    units: defaultUnitFor(locale),
    search: { status: 'idle' as const },
    detail: { status: 'none' as const },
  };
}

function listingPageBody(page: ServerPage, ctx: PageContext, listing: ListingDetail, locale: Locale): void {
  const document = page.document;
  new PageChrome(mapPageTexts, () => undefined).render(frameState(locale));
  new HelpLinksView().render(frameState(locale)); // the map page's links to Ways to help and the facilities
  const kind = vocabularyLabel(locale, 'kind', listing.kind);
  const place = listing.location
    ? `${listing.location.city}, ${listing.location.state}`
    : t(locale, 'detail.areaNationwide');
  const name = listingName(locale, listing); // ACNUR's line, not UNHCR's, for a Spanish reader
  document.title = `${name} · ${kind} · ${place} · ${t(locale, 'app.title')}`;
  const description = truncate(pickLocalizedText(locale, listing.description).text, PREVIEW_LENGTH);
  writePageFrame(document, {
    site: ctx.origin,
    locale,
    path: listingPath(listing.id),
    search: null,
    title: name,
    description,
    ogType: 'article',
  });
  const url = ctx.origin + localizedHref(listingPath(listing.id), locale);
  document.head.append(
    h('script', { type: 'application/ld+json' }, [jsonForHtml(listingJsonLd(listing, locale, url))]),
  );
  const detail = byId('listing-detail');
  detail.removeAttribute('hidden');
  detail.setAttribute('data-url', url); // printed under the listing (client/src/styles/print.css)
  const body = listingBody(listing, { locale, units: defaultUnitFor(locale), now: ctx.now });
  // "Report a problem" is a form that needs JavaScript: the map app's copy of this listing has it.
  const onMap = localizedHref('/', locale, `listing=${listing.id}`);
  const report = h('p', { class: 'report' }, [h('a', { href: onMap }, [t(locale, 'report.button')])]);
  detail.replaceChildren(backLink(locale), ...body.map((node) => (node.classList.contains('report') ? report : node)));
  detail.querySelector('h2')?.replaceWith(h('h1', { class: 'detail-title', id: 'detail-title' }, [name]));
  // The name is the page's h1 here (an h2 under the map app's h1), so its sections go up one level too:
  // no skipped heading level (axe heading-order).
  for (const heading of detail.querySelectorAll('.detail-section > h3'))
    heading.replaceWith(h('h2', {}, [heading.textContent ?? '']));
  byId('skip-link').setAttribute('href', '#listing-detail');
  for (const id of ['results', 'nationwide']) byId(id).remove();
}

function notFoundBody(page: ServerPage, locale: Locale): void {
  new PageChrome(mapPageTexts, () => undefined).render(frameState(locale));
  new HelpLinksView().render(frameState(locale)); // the map page's links to Ways to help and the facilities
  page.document.title = `${t(locale, 'page.notFoundTitle')} · ${t(locale, 'app.title')}`;
  page.document.head.append(h('meta', { name: 'robots', content: 'noindex' }));
  page.document.getElementById('noscript-note')?.remove();
  const detail = byId('listing-detail');
  detail.removeAttribute('hidden');
  detail.replaceChildren(
    h('h1', { class: 'detail-title', id: 'detail-title' }, [t(locale, 'page.notFoundTitle')]),
    h('p', { class: 'message' }, [t(locale, 'error.listing_not_found')]),
    h('p', {}, [h('a', { href: localizedHref('/', locale) }, [t(locale, 'page.backToSearch')])]),
  );
  for (const id of ['results', 'nationwide']) byId(id).remove();
}

function backLink(locale: Locale): HTMLElement {
  return h('p', {}, [
    h('a', { href: localizedHref('/', locale), class: 'detail-back' }, [`← ${t(locale, 'page.backToSearch')}`]),
  ]);
}

function truncate(text: string, length: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= length
    ? chars.join('')
    : `${chars
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}
