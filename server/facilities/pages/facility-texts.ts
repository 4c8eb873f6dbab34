// The shape of the facility pages' texts (one facility, the facilities near a place), and the catalogue by language.
import type { FacilityType } from '../../contract/facility';
import type { SafeHtml } from '../../about/safe-html';
import type { Locale } from '../../../client/src/i18n/locale';
import { FACILITY_TEXTS_EN } from './facility-texts.en';
import { FACILITY_TEXTS_ES } from './facility-texts.es';

/** Where the empty state's steps link. */
export interface StartingLinks {
  guide: string; // Freedom for Immigrants' guides
  submit: string; // Puente's form, in the page's language
  phone: SafeHtml | null; // the facility's visiting phone as a tel: link, when it has one
}

/** Everything the facility pages say in one language. */
export interface FacilityTexts {
  types: Record<FacilityType, string>;
  sampleBadge: string;
  sampleShort: string; // the badge in a list
  facts: {
    type: string;
    operator: string;
    address: string;
    fieldOffice: string;
    visitingPhone: string;
    source: string;
    asOf: (date: string) => string;
  };
  seeOnMap: string;
  nearHere: string;
  allNear: string;
  visitorsHeading: string;
  accompaniersHeading: string;
  noVisitorsTitle: string;
  startingOne: (links: StartingLinks) => SafeHtml;
  noAccompaniers: string;
  notFoundTitle: string;
  notFound: string;
  near: {
    title: string;
    description: string;
    intro: string;
    formLabel: string;
    formHint: string;
    formButton: string;
    count: (count: number, radius: string, label: string) => string;
    none: (radius: string, label: string) => string;
    visitors: (count: number) => string;
    problem: (message: string) => string; // an unknown ZIP or place, as the geocoder says it
    unreadable: string; // a place parameter the contract refuses
  };
}

/** The texts in `language`. */
export function facilityTexts(language: Locale): FacilityTexts {
  return language === 'es' ? FACILITY_TEXTS_ES : FACILITY_TEXTS_EN;
}
