// The facility pages in English. Only constant text; facility and listing text reaches the page through the views,
// escaped by the `html` tag.
import { html } from '../../about/safe-html';
import type { FacilityTexts } from './facility-texts';

/** English. */
export const FACILITY_TEXTS_EN: FacilityTexts = {
  types: {
    ice_processing_center: 'ICE processing center',
    contract_facility: 'Contract detention facility',
    county_jail: 'County jail holding people for ICE',
    family_residential_center: 'Family residential center',
    other: 'Detention facility',
  },
  sampleBadge: 'Sample facility: demo data, not a real place',
  sampleShort: 'Sample facility',
  facts: {
    type: 'Type',
    operator: 'Run by',
    address: 'Address',
    fieldOffice: 'ICE field office',
    visitingPhone: 'Visiting information',
    source: 'Source',
    asOf: (date) => `as of ${date}`,
  },
  seeOnMap: 'See on the map',
  nearHere: 'Other facilities near here',
  allNear: 'Detention facilities near you',
  visitorsHeading: 'Who visits people held here',
  accompaniersHeading: 'Who accompanies people released from here',
  noVisitorsTitle: 'No visitation program listed here yet',
  startingOne: ({ guide, submit, phone }) =>
    html`<p>What starting one takes:</p>
      <ol>
        <li>Find three or four volunteers who can visit regularly, in the languages people held here speak.</li>
        <li>
          Contact the facility about its visitation rules: days, hours, what to bring, and whether visitors must be
          approved in advance.${phone ? html` Visiting information: ${phone}.` : ''}
        </li>
        <li>
          Read Freedom for Immigrants' guides to visiting and to starting and coordinating a visitation program:
          <a href="${guide}" rel="noopener">visitor volunteer resources</a>.
        </li>
        <li>
          List your program on Puente, naming this facility, so the next volunteer finds you:
          <a href="${submit}">add your organization</a>.
        </li>
      </ol>`,
  noAccompaniers: 'No accompaniment group listed for people released from here yet.',
  notFoundTitle: 'Facility not found',
  notFound: 'There is no detention facility at this address. It may have been removed, or the link is incomplete.',
  near: {
    title: 'Detention facilities near you',
    description: 'Immigration detention facilities near a ZIP code, with who visits the people held there.',
    intro:
      'Detention centers are not only at the border. Find the facilities near you, who visits the people held there, and which have no visitors yet.',
    formLabel: 'ZIP code',
    formHint: 'Five digits, such as 79901.',
    formButton: 'Find facilities',
    count: (count, radius, label) =>
      `${count} ${count === 1 ? 'facility' : 'facilities'} within ${radius} of ${label}, nearest first.`,
    none: (radius, label) => `No detention facility listed within ${radius} of ${label}.`,
    visitors: (count) =>
      count === 0 ? 'No visitation program yet' : `${count} visitation ${count === 1 ? 'program' : 'programs'}`,
    unreadable:
      'That is not a place we can search from. A ZIP code has five digits, such as 79901: try another ZIP code.',
    problem: (message) => `${message.replace(/\.$/, '')}. Try another ZIP code.`,
  },
};
