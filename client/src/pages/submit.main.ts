// The submission page: the listing form for a new organization, then the private edit link, shown once.
import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import '../styles/forms.css';
import type { SubmissionCreated } from '@contract/submission';
import { submitListing } from '../api/submissions.api';
import { readClientSettings } from '../config/client-settings';
import { ListingForm } from '../forms/listing-form';
import { contactFromValues } from '../forms/listing-form.values';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { byId, h, replaceChildren } from '../ui/dom';
import { formPageChrome } from '../ui/page-chrome';
import { sendListingForm } from './form-submission';
import { successView } from './submit-success';

const settings = readClientSettings(document);
const main = byId('content');
let form: ListingForm | null = null;
let created: SubmissionCreated | null = null;

const shell = formPageChrome(
  (locale) => tf(locale, 'page.submitTitle'),
  (locale) => render(locale),
);
render(shell.current);

function render(locale: Locale): void {
  if (created) {
    replaceChildren(main, successView(locale, created));
    return;
  }
  const kept = form?.values();
  const label = tf(locale, 'form.submit');
  form = new ListingForm(locale, 'submit', settings, label);
  const current = form;
  current.element.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendListingForm(current, locale, label, (listing, values) => {
      const contact = contactFromValues(values) ?? { name: '', email: '' };
      return submitListing(listing, contact, values['organizationFax']?.[0] ?? '', locale);
    }).then((answer) => {
      if (!answer) return;
      created = answer;
      render(locale);
      main.querySelector<HTMLElement>('h1')?.focus();
    });
  });
  replaceChildren(main, [
    h('h1', { tabindex: -1 }, [tf(locale, 'page.submitTitle')]),
    h('p', { class: 'intro' }, [tf(locale, 'page.submitIntro')]),
    current.summary,
    current.element,
  ]);
  if (kept) current.fill(kept);
}
