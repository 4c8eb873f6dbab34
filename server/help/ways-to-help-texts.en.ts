// The Ways to help page in English: the guide's asks, each with where to act and its source. Only constant text and
// the addresses of help-sources.ts; the visitor's ZIP reaches the page as text (escaped by the `html` tag).
import { html } from '../about/safe-html';
import { CAPITOL_SWITCHBOARD, HELP_LINKS, UNHCR_DETENTION_HOTLINE, UNHCR_FROM_DETENTION } from './help-sources';
import type { WaysToHelpTexts } from './ways-to-help-texts';

const tel = (phone: { shown: string; dial: string }) =>
  html`<a class="phone" href="tel:${phone.dial}">${phone.shown}</a>`;
const source = (href: string, name: string) =>
  html`<p class="source">Source: <a href="${href}" rel="noopener">${name}</a></p>`;

/** English. */
export const WAYS_TO_HELP_EN: WaysToHelpTexts = {
  title: 'Ways to help',
  description:
    'Call your representatives, visit people in detention, welcome families, become a foster parent, and who to call if someone you know is detained.',
  intro:
    'More than donating to a shelter: here is what you can do, where to do it, and where each fact comes from. Give your ZIP code to fill in the official finders for your representatives and the places near you.',
  formLabel: 'Your ZIP code',
  formHint: 'Five digits. Nothing you type is stored.',
  formButton: 'Fill in',
  showingFor: ({ zip, state }) =>
    zip ? `Filled in for ZIP code ${zip}${state ? ` (${state})` : ''}.` : `Filled in for ${state}.`,
  problem: ({ kind, given }) =>
    kind === 'unreadableZip'
      ? `"${given}" is not a ZIP code (five digits, such as 79901). The links below open without it.`
      : kind === 'unknownZip'
        ? `We do not know the ZIP code ${given}. Check it, or use the links below without it.`
        : `"${given}" is not a US state code (two letters, such as TX). The Senate link below opens without it.`,
  sections: (c) => [
    {
      id: 'representatives',
      heading: 'Call your representatives',
      body: html`<p>
          A short call counts. Say who you are and where you live (your ZIP code), then ask plainly. Key messages:
        </p>
        <ul>
          <li>Keep families together: do not separate children from their parents.</li>
          <li>Every child's immigration case should be heard with a lawyer at the child's side.</li>
          <li>Fund community-based alternatives to detention.</li>
          <li>Oversee conditions in detention, and keep it open to visitors and lawyers.</li>
        </ul>
        <p>
          The U.S. Capitol switchboard connects you to any senator's or representative's office:
          ${tel(CAPITOL_SWITCHBOARD)}.
        </p>
        <ul>
          <li>
            <a href="${c.houseFinder}" rel="noopener">Find your representative (U.S. House)</a>${
              c.zip ? ` — opens with ZIP code ${c.zip} (a ZIP code can span more than one district)` : ''
            }
          </li>
          <li>
            <a href="${c.senateFinder}" rel="noopener">Find your senators (U.S. Senate)</a>${
              c.state ? ` — opens at ${c.state}` : ''
            }
          </li>
        </ul>
        ${source(HELP_LINKS.senateContacts, 'U.S. Senate: contacting senators')}`,
    },
    {
      id: 'visit',
      heading: 'Visit people in detention',
      body: html`<p>
          Detention centers are not only at the border. Many have volunteer visitation programs: a visit breaks the
          isolation of someone held far from family. See who visits the facilities near you, and which have no one yet.
        </p>
        <p><a href="${c.facilitiesNear}">Detention facilities near you</a></p>
        <p>
          To start a visitation program, Freedom for Immigrants' guides explain visiting and how to start and coordinate
          a program.
        </p>
        ${source(HELP_LINKS.freedomForImmigrantsGuides, 'Freedom for Immigrants: visitor volunteer resources')}`,
    },
    {
      id: 'welcome',
      heading: 'Welcome families in your community',
      body: html`<p>
          Families who have just arrived are met through schools, places of worship and community centers. Ask yours how
          they welcome new families, and offer your time. Shelters near you say what they need now, and which volunteers
          they look for.
        </p>
        <p><a href="${c.sheltersNear}">Shelters and their needs near you</a></p>
        ${source(HELP_LINKS.welcomingToolkit, 'Unitarian Universalist Service Committee: welcoming refugees in your community')}`,
    },
    {
      id: 'foster',
      heading: 'Become a foster parent',
      body: html`<p>
          Children who arrive alone are in the care of the Office of Refugee Resettlement (ORR). Some live with licensed
          foster families, found and trained through two national partners: the U.S. Conference of Catholic Bishops
          (USCCB) and Global Refuge (formerly Lutheran Immigration and Refugee Service). Their local agencies train and
          license foster parents.
        </p>
        <ul>
          <li><a href="${HELP_LINKS.usccbFosterCare}" rel="noopener">USCCB: foster care</a></li>
          <li>
            <a href="${HELP_LINKS.globalRefugeFosterStory}" rel="noopener"
              >Global Refuge: fostering a child who arrived alone</a
            >
          </li>
        </ul>
        ${source(HELP_LINKS.orr, 'Office of Refugee Resettlement')}`,
    },
    {
      id: 'detained',
      heading: 'If someone you know is detained',
      body: html`<ul>
          <li>
            The UN Refugee Agency (UNHCR) has a hotline for people seeking asylum who are held in immigration detention:
            ${tel(UNHCR_DETENTION_HOTLINE)}. From inside a detention center, dial
            <strong>${UNHCR_FROM_DETENTION}</strong>, free of charge.
          </li>
          <li>
            Find an immigration lawyer with the American Immigration Lawyers Association's search:
            <a href="${HELP_LINKS.ailaLawyerSearch}" rel="noopener">ailalawyer.com</a>.
          </li>
        </ul>
        ${source(HELP_LINKS.unhcr, 'UNHCR, the UN Refugee Agency')}`,
    },
    {
      id: 'organizations',
      heading: 'Support the organizations',
      body: html`<ul>
        <li>
          <a href="${HELP_LINKS.freedomForImmigrants}" rel="noopener">Freedom for Immigrants</a>: the national network
          of detention visitation programs.
        </li>
        <li><a href="${HELP_LINKS.aila}" rel="noopener">American Immigration Lawyers Association (AILA)</a></li>
        <li><a href="${HELP_LINKS.usccb}" rel="noopener">U.S. Conference of Catholic Bishops (USCCB)</a></li>
        <li><a href="${HELP_LINKS.globalRefuge}" rel="noopener">Global Refuge</a></li>
        <li><a href="${HELP_LINKS.unhcr}" rel="noopener">UNHCR, the UN Refugee Agency</a></li>
        <li>
          <a href="${HELP_LINKS.kind}" rel="noopener">Kids in Need of Defense (KIND)</a>: lawyers for children who
          arrive alone.
        </li>
      </ul>`,
    },
  ],
  noMemberData:
    'Puente keeps no list of members of Congress: the House and Senate finders are their own, and always current.',
};
