// The private edit page (edit.html#token=...): the token is read from the fragment, which browsers
// never send, and travels only in the Authorization header. Shows the status, "still accurate",
// and the listing form pre-filled to propose changes.
import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import '../styles/forms.css';
import type { EditView } from '@contract/submission';
import { fetchEditView, proposeChange, reconfirmListing } from '../api/submissions.api';
import { readClientSettings } from '../config/client-settings';
import { editStatusSection, historySection } from '../edit/edit-status';
import { formatCalendarDate } from '../format/calendar-date.format';
import { ListingForm } from '../forms/listing-form';
import { contactFromValues, valuesFromListing } from '../forms/listing-form.values';
import { formErrorKey, tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { byId, h, replaceChildren } from '../ui/dom';
import { formPageChrome } from '../ui/page-chrome';
import { problemsOf, sendListingForm } from './form-submission';
import { defaultUnitFor } from '../format/distance.format';

const settings = readClientSettings(document);
const main = byId('content');
const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
let view: EditView | null = null;
let loadError: string | null = null;
let notice: string | null = null;
let form: ListingForm | null = null;

const shell = formPageChrome(
  (locale) => tf(locale, 'page.editTitle'),
  (locale) => render(locale),
);
void load(shell.current);

/** Reads the listing's state through the edit link, then renders. */
async function load(locale: Locale): Promise<void> {
  replaceChildren(main, [
    h('h1', {}, [tf(locale, 'page.editTitle')]),
    h('p', { role: 'status' }, [tf(locale, 'page.loading')]),
  ]);
  if (!token) {
    loadError = 'edit.noToken';
  } else {
    try {
      view = await fetchEditView(token, locale);
      form = null; // a fresh view brings a fresh form
    } catch (err) {
      loadError = formErrorKey((err as { code?: string }).code ?? 'unknown');
    }
  }
  render(shell.current);
}

function render(locale: Locale): void {
  if (!view) {
    replaceChildren(main, [
      h('h1', {}, [tf(locale, 'page.editTitle')]),
      h('p', { class: 'message', role: 'alert' }, [tf(locale, (loadError ?? 'error.unknown') as never)]),
    ]);
    return;
  }
  const current = view;
  const kept = form?.values();
  const published = current.listingStatus === 'published';
  replaceChildren(main, [
    h('h1', { tabindex: -1 }, [tf(locale, 'page.editTitle')]),
    h('p', { class: 'listing-name' }, [current.listing.name]),
    notice ? h('p', { class: 'notice', role: 'status' }, [notice]) : null,
    editStatusSection(locale, current),
    published ? reconfirmBlock(locale) : null,
    published
      ? proposeBlock(locale, current, kept)
      : current.listingStatus === 'pending'
        ? h('p', {}, [tf(locale, 'edit.notPublishedYet')])
        : null,
    historySection(locale, current.history),
  ]);
}

function reconfirmBlock(locale: Locale): HTMLElement {
  const status = h('p', { role: 'status', class: 'hint' });
  const button = h('button', { type: 'button', class: 'button button--primary', id: 'still-accurate' }, [
    tf(locale, 'edit.stillAccurate'),
  ]);
  button.addEventListener('click', () => {
    button.disabled = true;
    reconfirmListing(token!, locale)
      .then(({ lastVerifiedOn }) => {
        notice = tf(locale, 'edit.reconfirmed', { date: formatCalendarDate(locale, lastVerifiedOn) });
        return load(locale);
      })
      .catch((err) => {
        button.disabled = false;
        status.textContent = problemsOf(err, locale)[0]?.message ?? '';
      });
  });
  return h('section', { class: 'reconfirm' }, [h('p', {}, [tf(locale, 'edit.stillAccurateHint')]), button, status]);
}

function proposeBlock(
  locale: Locale,
  current: EditView,
  kept: ReturnType<ListingForm['values']> | undefined,
): HTMLElement {
  const label = tf(locale, 'form.proposeChange');
  form = new ListingForm(locale, 'edit', settings, label);
  const editForm = form;
  editForm.element.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendListingForm(editForm, locale, label, (listing, values) =>
      proposeChange(token!, listing, contactFromValues(values), locale),
    ).then((answer) => {
      if (answer === null) return;
      notice = tf(locale, 'edit.changeSent');
      void load(locale).then(() => main.querySelector<HTMLElement>('h1')?.focus());
    });
  });
  const section = h('section', { 'aria-labelledby': 'propose-heading' }, [
    h('h2', { id: 'propose-heading' }, [tf(locale, 'edit.proposeTitle')]),
    h('p', {}, [tf(locale, 'edit.proposeHint')]),
    editForm.summary,
    editForm.element,
  ]);
  // Filled once it is in the page, so the pin's map has a size to centre on.
  queueMicrotask(() =>
    editForm.fill(kept ?? valuesFromListing(current.pendingChange?.listing ?? current.listing, defaultUnitFor(locale))),
  );
  return section;
}
