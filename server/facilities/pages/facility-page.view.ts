// One detention facility's page: what it is, where, how to ask about visiting, where the record comes from; who
// visits the people held there (or what starting a visitation program takes) and who accompanies people released
// from it. Facility and listing text reaches the page only through the `html` tag (escaped).
import type { FacilityDetail } from '../../contract/facility';
import type { ListingSummary } from '../../contract/listing';
import { html, type SafeHtml } from '../../about/safe-html';
import { intlLocale, type Locale } from '../../../client/src/i18n/locale';
import { DEFAULT_SEARCH_STATE, nearOrigin } from '../../../client/src/state/search-state';
import { originParameter, toUrlSearch } from '../../../client/src/state/url-state.codec';
import { listingPath, localizedHref } from '../../pages/page-frame';
import { renderFramedPage } from '../../help/help-page.view';
import { HELP_LINKS } from '../../help/help-sources';
import { facilityTexts } from './facility-texts';

/** The path of a facility's page. */
export function facilityPath(id: string): string {
  return `/facilities/${encodeURIComponent(id)}`;
}

/** How far around the facility "See on the map" shows listings, km: the visitors and accompaniers nearby. */
const MAP_RADIUS_KM = 25;

/** The page of `facility` in `language`. */
export function renderFacilityPage(language: Locale, facility: FacilityDetail): string {
  const texts = facilityTexts(language);
  const point = nearOrigin(facility.latitude, facility.longitude);
  const onMap = `/${toUrlSearch({ ...DEFAULT_SEARCH_STATE, origin: point, radiusKm: MAP_RADIUS_KM, locale: language })}`;
  const [, nearValue] = originParameter(point);
  const phone = facility.visitingPhone ? telLink(facility.visitingPhone) : null;
  const { address1, city, state, postalCode } = facility.address;
  const body = html`<h1>${facility.name}</h1>
    ${facility.isSample ? html`<p><span class="badge">${texts.sampleBadge}</span></p>` : ''}
    <dl class="facts">
      <dt>${texts.facts.type}</dt>
      <dd>${texts.types[facility.type]}</dd>
      ${
        facility.operator
          ? html`<dt>${texts.facts.operator}</dt>
              <dd>${facility.operator}</dd>`
          : ''
      }
      <dt>${texts.facts.address}</dt>
      <dd>${address1 ? html`${address1}<br />` : ''}${city}, ${state}${postalCode ? ` ${postalCode}` : ''}</dd>
      ${
        facility.iceFieldOffice
          ? html`<dt>${texts.facts.fieldOffice}</dt>
              <dd>${facility.iceFieldOffice}</dd>`
          : ''
      }
      ${
        phone
          ? html`<dt>${texts.facts.visitingPhone}</dt>
              <dd>${phone}</dd>`
          : ''
      }
      <dt>${texts.facts.source}</dt>
      <dd>
        ${
          facility.source.url
            ? html`<a href="${safeUrl(facility.source.url)}" rel="noopener nofollow">${facility.source.name}</a>`
            : facility.source.name
        },
        ${texts.facts.asOf(formatDate(language, facility.asOf))}
      </dd>
    </dl>
    <p>
      <a href="${onMap}">${texts.seeOnMap}</a> ·
      <a href="${localizedHref('/facilities', language, `near=${nearValue}`)}">${texts.nearHere}</a>
    </p>
    <section aria-labelledby="visitors-heading">
      <h2 id="visitors-heading">${texts.visitorsHeading}</h2>
      ${
        facility.visitors.length > 0
          ? entries(language, facility.visitors)
          : html`<div class="empty">
              <p><strong>${texts.noVisitorsTitle}</strong></p>
              ${texts.startingOne({
                guide: HELP_LINKS.freedomForImmigrantsGuides,
                submit: language === 'es' ? '/submit.html?lang=es' : '/submit.html',
                phone,
              })}
            </div>`
      }
    </section>
    <section aria-labelledby="accompaniers-heading">
      <h2 id="accompaniers-heading">${texts.accompaniersHeading}</h2>
      ${
        facility.accompaniers.length > 0
          ? entries(language, facility.accompaniers)
          : html`<p>${texts.noAccompaniers}</p>`
      }
    </section>`;
  return renderFramedPage({
    language,
    path: facilityPath(facility.id),
    title: `${facility.name} · ${texts.types[facility.type]}`,
    description: `${texts.types[facility.type]}, ${city}, ${state}. ${texts.visitorsHeading}.`,
    body,
  });
}

/** The page for an id that names no facility (answered with 404). */
export function renderFacilityNotFound(language: Locale, path: string): string {
  const texts = facilityTexts(language);
  return renderFramedPage({
    language,
    path,
    title: texts.notFoundTitle,
    description: texts.notFound,
    noindex: true,
    body: html`<h1>${texts.notFoundTitle}</h1>
      <p>${texts.notFound}</p>
      <p><a href="${localizedHref('/facilities', language)}">${texts.allNear}</a></p>`,
  });
}

function entries(language: Locale, listings: readonly ListingSummary[]): SafeHtml {
  return html`<ul class="entries">
    ${listings.map((listing) => {
      const name = language === 'es' && listing.nameEs ? listing.nameEs : listing.name;
      const place = listing.location ? `${listing.location.city}, ${listing.location.state}` : null;
      return html`<li>
        <a href="${localizedHref(listingPath(listing.id), language)}">${name}</a>
        <span class="meta">${[listing.organizationName, place].filter(Boolean).join(' · ')}</span>
      </li>`;
    })}
  </ul>`;
}

/** A phone as a tel: link; the link keeps only what a dialler reads. */
export function telLink(number: string): SafeHtml {
  return html`<a class="phone" href="tel:${number.replace(/[^0-9+*#]/g, '').replace(/#/g, '%23')}">${number}</a>`;
}

// Only http(s) addresses become links (the contract already requires it; a page never links javascript:).
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

function formatDate(language: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
