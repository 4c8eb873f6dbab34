// The Ways to help page: a ZIP form that works without JavaScript, then the issue's ways to help, with the House
// finder filled in with the ZIP and the Senate's list opened at its state (help-sources.ts).
import { html } from '../about/safe-html';
import type { Locale } from '../../client/src/i18n/locale';
import { localizedHref } from '../pages/page-frame';
import { renderFramedPage } from './help-page.view';
import { zipForm } from './zip-form.view';
import type { HelpPlace } from './help-place';
import { houseFinderUrl, senateFinderUrl } from './help-sources';
import { waysToHelpTexts, type HelpContext } from './ways-to-help-texts';

/** The path of the page. */
export const WAYS_TO_HELP_PATH = '/ways-to-help';

/** The page in `language` for `place`. */
export function renderWaysToHelp(language: Locale, place: HelpPlace): string {
  const texts = waysToHelpTexts(language);
  const near = place.zip ? `zip=${place.zip}` : '';
  const context: HelpContext = {
    zip: place.zip,
    state: place.state,
    houseFinder: houseFinderUrl(place.zip),
    senateFinder: senateFinderUrl(place.state),
    facilitiesNear: localizedHref('/facilities', language, near),
    sheltersNear: localizedHref('/', language, [near, 'kind=shelter'].filter(Boolean).join('&')),
  };
  const query = place.zip ? `zip=${place.zip}` : place.state ? `state=${place.state}` : '';
  const body = html`<h1>${texts.title}</h1>
    <p>${texts.intro}</p>
    ${zipForm({
      action: WAYS_TO_HELP_PATH,
      language,
      value: place.zip ?? '',
      label: texts.formLabel,
      button: texts.formButton,
      hint: texts.formHint,
      pattern: '[0-9]{5}(-?[0-9]{4})?',
    })}
    ${place.problem ? html`<p class="note" role="status">${texts.problem(place.problem)}</p>` : ''}
    ${place.zip || place.state ? html`<p>${texts.showingFor(place)}</p>` : ''}
    <nav aria-label="${texts.title}">
      <ul>
        ${texts.sections(context).map((s) => html`<li><a href="#${s.id}">${s.heading}</a></li>`)}
      </ul>
    </nav>
    ${texts.sections(context).map(
      (s) =>
        html`<section id="${s.id}" aria-labelledby="${s.id}-heading">
          <h2 id="${s.id}-heading">${s.heading}</h2>
          ${s.body}
        </section>`,
    )}
    <p class="hint">${texts.noMemberData}</p>`;
  return renderFramedPage({
    language,
    path: WAYS_TO_HELP_PATH,
    query,
    title: texts.title,
    description: texts.description,
    body,
    zip: place.zip,
  });
}
