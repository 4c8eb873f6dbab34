// The moderator sign-in form: wrong credentials and the 429 lock-out (with how long to wait) are
// said beside the form; a success hands the session to the page.
import { ApiFailure } from '../api/json-request';
import { signIn, type ModeratorSession } from '../api/moderation.api';
import { formErrorKey, tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h, replaceChildren } from '../ui/dom';
import { waitMinutes } from './sign-in-wait';

/** Renders the form into `container`; `onSignedIn` gets the session. `notice` is said first (a session that ended). */
export function renderSignIn(
  container: HTMLElement,
  locale: Locale,
  onSignedIn: (session: ModeratorSession) => void,
  notice: string | null = null,
): void {
  const email = h('input', {
    type: 'email',
    id: 'sign-in-email',
    name: 'email',
    autocomplete: 'username',
    required: true,
    spellcheck: 'false',
  });
  const password = h('input', {
    type: 'password',
    id: 'sign-in-password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const error = h('p', { class: 'field-error', id: 'sign-in-error', role: 'alert' }, notice ? [notice] : []);
  const submit = h('button', { type: 'submit', class: 'button button--primary' }, [tf(locale, 'signIn.submit')]);
  const form = h('form', { class: 'sign-in', novalidate: true, 'aria-describedby': 'sign-in-error' }, [
    h('label', { for: 'sign-in-email' }, [tf(locale, 'signIn.email')]),
    email,
    h('label', { for: 'sign-in-password' }, [tf(locale, 'signIn.password')]),
    password,
    error,
    h('div', { class: 'form-actions' }, [submit]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    signIn(email.value.trim(), password.value, locale)
      .then(onSignedIn)
      .catch((err: unknown) => {
        const failure = err instanceof ApiFailure ? err : null;
        error.textContent =
          failure?.code === 'invalid_credentials' || failure?.code === 'invalid_parameter'
            ? tf(locale, 'signIn.invalid')
            : failure?.status === 429
              ? tf(locale, 'signIn.tooMany', { minutes: waitMinutes(failure.retryAfterSeconds) })
              : tf(locale, formErrorKey(failure?.code ?? 'unknown'));
        password.value = '';
        password.focus();
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  replaceChildren(container, [h('h1', { tabindex: -1 }, [tf(locale, 'signIn.title')]), form]);
}
