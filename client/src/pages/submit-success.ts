// After a submission: the private edit link, big, with a copy button, and why it matters that it is kept.
import type { SubmissionCreated } from '@contract/submission';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h } from '../ui/dom';
import { editLinkFor } from './edit-link';

/** The thank-you panel with the link. */
export function successView(locale: Locale, created: SubmissionCreated): HTMLElement[] {
  const link = editLinkFor(created.editUrl, window.location.origin, locale);
  const field = h('input', {
    type: 'text',
    id: 'edit-link',
    class: 'edit-link-field',
    readonly: true,
    spellcheck: 'false',
    value: link,
  });
  const status = h('p', { class: 'hint', role: 'status' });
  const copy = h('button', { type: 'button', class: 'button button--primary' }, [tf(locale, 'success.copy')]);
  copy.addEventListener('click', () => {
    navigator.clipboard
      .writeText(link)
      .then(() => (status.textContent = tf(locale, 'success.copied')))
      .catch(() => {
        field.select();
        status.textContent = tf(locale, 'success.copyFailed');
      });
  });
  field.addEventListener('focus', () => field.select());
  return [
    h('h1', { tabindex: -1 }, [tf(locale, 'success.title')]),
    h('p', {}, [tf(locale, 'success.intro')]),
    h('section', { class: 'edit-link-box', 'aria-labelledby': 'edit-link-label' }, [
      h('label', { for: 'edit-link', id: 'edit-link-label', class: 'edit-link-label' }, [
        tf(locale, 'success.linkLabel'),
      ]),
      field,
      h('div', { class: 'form-actions' }, [
        copy,
        h('a', { class: 'button button--secondary', href: link }, [tf(locale, 'success.open')]),
      ]),
      status,
      h('p', { class: 'warning' }, [tf(locale, 'success.once')]),
    ]),
  ];
}
