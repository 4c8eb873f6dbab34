// The facilities near a place (/facilities?zip=79901, also near= and place=): a ZIP form that works without
// JavaScript, then each facility nearest first with its type, place, distance and how many visitation programs visit
// it, linking its page. This is how a phone without JavaScript reaches the facilities.
import type { FacilitySearchResponse } from '../../contract/facility';
import { html } from '../../about/safe-html';
import type { Locale } from '../../../client/src/i18n/locale';
import { formatDistance, formatLength } from '../../../client/src/format/distance.format';
import { localizedHref } from '../../pages/page-frame';
import { renderFramedPage } from '../../help/help-page.view';
import { zipForm } from '../../help/zip-form.view';
import { facilityPath } from './facility-page.view';
import { facilityTexts } from './facility-texts';

/** The path of the page. */
export const FACILITIES_PATH = '/facilities';

/** What the page shows under its form. */
export type FacilitiesNearModel =
  | { status: 'none' } // no place asked yet
  | { status: 'ready'; answer: FacilitySearchResponse }
  | { status: 'problem'; message: string | null }; // a place the search could not use; null: unreadable

/** The page in `language`; `query` is what it shows ("zip=79901"), `typedZip` what the form holds. */
export function renderFacilitiesNear(
  language: Locale,
  model: FacilitiesNearModel,
  query: string,
  typedZip: string,
): string {
  const texts = facilityTexts(language).near;
  const zip = /^\d{5}$/.test(typedZip) && model.status === 'ready' ? typedZip : null;
  const body = html`<h1>${texts.title}</h1>
    <p>${texts.intro}</p>
    ${zipForm({
      action: FACILITIES_PATH,
      language,
      value: typedZip,
      label: texts.formLabel,
      button: texts.formButton,
      hint: texts.formHint,
    })}
    ${model.status === 'problem' ? html`<p class="note" role="status">${model.message === null ? texts.unreadable : texts.problem(model.message)}</p>` : ''}
    ${model.status === 'ready' ? results(language, model.answer) : ''}`;
  return renderFramedPage({
    language,
    path: FACILITIES_PATH,
    query,
    title: texts.title,
    description: texts.description,
    body,
    zip,
  });
}

function results(language: Locale, answer: FacilitySearchResponse) {
  const texts = facilityTexts(language);
  const radius = answer.radiusKm === null ? '' : formatLength(language, answer.radiusKm);
  const label = answer.origin.label;
  if (answer.results.length === 0) return html`<p role="status">${texts.near.none(radius, label)}</p>`;
  return html`<p role="status">${texts.near.count(answer.results.length, radius, label)}</p>
    ${answer.origin.note ? html`<p class="hint">${answer.origin.note}</p>` : ''}
    <ul class="entries">
      ${answer.results.map(
        (facility) =>
          html`<li>
            <a href="${localizedHref(facilityPath(facility.id), language)}">${facility.name}</a>
            ${facility.isSample ? html` <span class="badge">${texts.sampleShort}</span>` : ''}
            <span class="meta">
              ${texts.types[facility.type]} · ${facility.address.city}, ${facility.address.state} ·
              ${formatDistance(language, facility.distanceKm)}
            </span>
            <span class="meta">${texts.near.visitors(facility.visitorCount)}</span>
          </li>`,
      )}
    </ul>`;
}
