// The moderation page: sign in (the session cookie is HttpOnly; the CSRF token lives only in this
// page's memory), then the queue. A language switch rebuilds the page from the same session.
import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import '../styles/forms.css';
import { currentSession, ModerationApi, type ModeratorSession } from '../api/moderation.api';
import { readClientSettings } from '../config/client-settings';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { renderSignIn } from '../moderate/sign-in-form';
import { QueueView } from '../moderate/queue-view';
import { FacilityEditor } from '../moderate/facility-editor';
import { byId, h, replaceChildren } from '../ui/dom';
import { formPageChrome } from '../ui/page-chrome';

const settings = readClientSettings(document);
const main = byId('content');
let session: ModeratorSession | null = null;

const shell = formPageChrome(
  (locale) => tf(locale, 'page.moderateTitle'),
  (locale) => render(locale),
);
replaceChildren(main, [h('p', { role: 'status' }, [tf(shell.current, 'page.loading')])]);
currentSession(shell.current)
  .then((found) => {
    session = found;
  })
  .catch(() => undefined) // the sign-in form is shown; signing in says what is wrong
  .finally(() => render(shell.current));

function render(locale: Locale, notice: string | null = null): void {
  if (!session) {
    renderSignIn(
      main,
      locale,
      (signedIn) => {
        session = signedIn;
        render(shell.current);
        main.querySelector<HTMLElement>('h1')?.focus();
      },
      notice,
    );
    return;
  }
  const view = new QueueView(main, locale, new ModerationApi(session, locale), settings, (message) => {
    session = null;
    render(shell.current, message);
    main.querySelector<HTMLElement>('h1')?.focus();
  });
  view.mount(session.email);
  void view.load();
  const facilities = new FacilityEditor(locale, new ModerationApi(session, locale));
  main.append(facilities.element);
  void facilities.load();
}
