// The About and privacy pages in English. Only constant text here: the operator's name and
// contact come in as SafeHtml that about-page.view.ts built (escaped) from the settings.
import { html, type SafeHtml } from './safe-html';
import type { PageTexts } from './about-texts';

/** English. */
export const ABOUT_TEXTS_EN: PageTexts = {
  siteName: 'Puente',
  skipToContent: 'Skip to content',
  backToMap: '← Back to the map',
  otherLanguage: 'Español',
  footerLabel: 'About this site',
  about: {
    title: 'About Puente',
    description: 'Who runs this copy of Puente, and how its listings are checked.',
    sections: (who) => [
      { heading: 'Who runs this site', body: runBy(who) },
      {
        heading: 'What Puente is',
        body: html`<p>
          A directory of the places that help migrant children and families: shelters, detention visitation programs,
          court accompaniment, task forces, legal help and foster care. Search by ZIP, by city or from where you are, on
          a phone or a computer, in English or Spanish. It is free software (MIT licence) that any group can run.
        </p>`,
      },
      {
        heading: 'How listings are checked',
        body: html`<ul>
          <li>
            Organizations send their listing through a form. A moderator approves every new listing and every change
            before anyone sees it.
          </li>
          <li>
            Each listing says when it was last verified; one not verified for a long time says it may be out of date.
            Call before you go.
          </li>
          <li>
            A shelter where children live can be confidential: the public sees only an area of about 5 km and a phone
            number, never its address, on the page, the map or in any answer of the API.
          </li>
          <li>
            Anyone can use "Report a problem" on a listing (wrong phone, closed, unsafe); moderators read every report.
          </li>
        </ul>`,
      },
    ],
  },
  privacy: {
    title: 'Privacy',
    description: 'What this site stores and what it does not: no accounts for searchers, no location, two cookies.',
    sections: (who) => [
      {
        heading: 'What is stored',
        body: html`<ul>
          <li>Searching needs no account: no sign-in, no name, no email.</li>
          <li>
            Your location is not stored. "Use my location" is asked by your browser; the page sends the server a point
            rounded to 2 decimals (about 1 km), and its links (the address bar, Share) hold nothing finer.
          </li>
          <li>
            The server writes one line per request to its log: the address asked for, with coordinates cut to 2
            decimals, a ZIP to its 5 digits (never ZIP+4), a place only as the "City, ST" it found, and never the words
            you type in a search. No network address, no cookies, no browser details.
          </li>
          <li>
            To stop abuse, the server counts submissions and reports per network address for an hour, in memory only.
          </li>
          <li>A report keeps the reason and what you wrote, not who you are.</li>
          <li>A failed moderator sign-in is recorded with its network address, to slow down password guessing.</li>
          <li>
            Organizations: the listing you send is public once approved, except a confidential shelter's address, which
            only moderators see (the public sees an area of about 5 km). The contact you give for moderators is seen
            only by moderators.
          </li>
        </ul>`,
      },
      {
        heading: 'Cookies',
        body: html`<p>
          Two, and only where needed: <code>lang</code> remembers the language you chose, and a moderator's session
          cookie keeps a moderator signed in. No analytics, no advertising, no trackers.
        </p>`,
      },
      {
        heading: 'The map',
        body: html`<p>
          The map's background images come from a tile server (OpenStreetMap unless this site's operator chose another).
          Like any web map, your browser asks it for the area on screen.
        </p>`,
      },
      { heading: 'Questions', body: runBy(who) },
    ],
  },
};

function runBy({ name, contact }: { name: SafeHtml | null; contact: SafeHtml | null }): SafeHtml {
  if (!name && !contact) {
    return html`<p class="unconfigured">
      This is an unconfigured demo: whoever runs it has not said who they are (the settings
      <code>INSTANCE_NAME</code> and <code>INSTANCE_CONTACT</code> are not set). Its listings may be samples; do not
      rely on them.
    </p>`;
  }
  return html`<p>
    This copy of Puente is run by ${name ?? 'an operator who has not given a name'}.
    ${contact ? html`Contact: ${contact}.` : 'They have not given a contact.'}
  </p>`;
}
