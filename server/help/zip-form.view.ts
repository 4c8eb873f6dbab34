// The ZIP code form the script-free pages share (Ways to help, facilities near a place): a GET form that works
// without JavaScript, keeping the page's language in a hidden field.
import { html, type SafeHtml } from '../about/safe-html';
import type { Locale } from '../../client/src/i18n/locale';

/** What the form says and where it sends. */
export interface ZipFormOptions {
  action: string; // the page's own path
  language: Locale;
  value: string; // the ZIP as typed, shown again
  label: string;
  button: string;
  hint: string;
  pattern?: string; // the browser's own check, where the page wants one
}

/** The form, its label and its hint. */
export function zipForm(options: ZipFormOptions): SafeHtml {
  const { action, language, value, label, button, hint, pattern } = options;
  return html`<form class="place-form" method="get" action="${action}">
    <label for="zip">${label}</label>
    <input
      id="zip"
      name="zip"
      type="text"
      inputmode="numeric"
      autocomplete="postal-code"
      ${pattern === undefined ? '' : html`pattern="${pattern}"`}
      maxlength="10"
      value="${value}"
      aria-describedby="zip-hint"
    />
    ${language === 'en' ? '' : html`<input type="hidden" name="lang" value="${language}" />`}
    <button type="submit">${button}</button>
    <p class="hint" id="zip-hint">${hint}</p>
  </form>`;
}
