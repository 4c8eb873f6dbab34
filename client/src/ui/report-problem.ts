// "Report a problem" under an open listing: a button that opens a small form in place (the four
// reasons and a text box), sends it, and says thank you, or why it could not be sent.
import type { ReportReason } from '../api/reports.api';
import { REPORT_REASON_KEYS, reportListing } from '../api/reports.api';
import type { Locale } from '../i18n/locale';
import { errorMessageKey, t } from '../i18n/translate';
import { h, replaceChildren } from './dom';

const REASONS: readonly ReportReason[] = ['closed', 'wrong_address', 'not_real', 'other'];

/** The report section for listing `id`: a button first, the form once asked for. */
export function reportSection(locale: Locale, id: string): HTMLElement {
  const section = h('section', { class: 'report', 'aria-label': t(locale, 'report.title') });
  showButton(section, locale, id);
  return section;
}

function showButton(section: HTMLElement, locale: Locale, id: string, message?: string): void {
  const button = h(
    'button',
    { type: 'button', class: 'button button--secondary report-open', 'aria-expanded': 'false' },
    [t(locale, 'report.button')],
  );
  button.addEventListener('click', () => showForm(section, locale, id));
  replaceChildren(section, [message ? h('p', { role: 'status', class: 'report-sent' }, [message]) : null, button]);
}

function showForm(section: HTMLElement, locale: Locale, id: string): void {
  const name = `report-reason-${id}`;
  const radios = REASONS.map((reason, i) => {
    const inputId = `${name}-${reason}`;
    return h('div', { class: 'report-choice' }, [
      h('input', { type: 'radio', name, id: inputId, value: reason, checked: i === 0 }),
      h('label', { for: inputId }, [t(locale, REPORT_REASON_KEYS[reason])]),
    ]);
  });
  const detailsId = `report-details-${id}`;
  const details = h('textarea', { id: detailsId, rows: 3, maxlength: 2000, 'aria-describedby': `${detailsId}-error` });
  const error = h('p', { class: 'report-error', id: `${detailsId}-error`, role: 'alert' });
  const send = h('button', { type: 'submit', class: 'button button--primary' }, [t(locale, 'report.send')]);
  const cancel = h('button', { type: 'button', class: 'button button--secondary' }, [t(locale, 'report.cancel')]);
  const form = h('form', { class: 'report-form', novalidate: true }, [
    h('h3', { tabindex: -1 }, [t(locale, 'report.title')]),
    h('fieldset', {}, [h('legend', {}, [t(locale, 'report.reason')]), ...radios]),
    h('label', { for: detailsId }, [t(locale, 'report.details')]),
    details,
    error,
    h('div', { class: 'report-actions' }, [send, cancel]),
  ]);
  cancel.addEventListener('click', () => {
    showButton(section, locale, id);
    section.querySelector<HTMLElement>('.report-open')?.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = (form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ??
      'other') as ReportReason;
    error.textContent = '';
    if (reason === 'other' && !details.value.trim()) {
      error.textContent = t(locale, 'report.detailsRequired');
      details.focus();
      return;
    }
    send.disabled = true;
    reportListing(id, reason, details.value, locale)
      .then(() => {
        showButton(section, locale, id, t(locale, 'report.sent'));
      })
      .catch((err: { code?: string }) => {
        send.disabled = false;
        error.textContent =
          err.code === 'rate_limited'
            ? t(locale, 'report.rate_limited')
            : t(locale, errorMessageKey(err.code ?? 'unknown'));
      });
  });
  replaceChildren(section, [form]);
  form.querySelector<HTMLElement>('h3')?.focus();
}
