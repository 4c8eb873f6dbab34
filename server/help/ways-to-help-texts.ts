// The shape of the Ways to help page's texts, and the catalogue by language. Numbers and addresses come from
// help-sources.ts; the texts only place them.
import type { SafeHtml } from '../about/safe-html';
import type { Locale } from '../../client/src/i18n/locale';
import type { HelpPlace } from './help-place';
import { WAYS_TO_HELP_EN } from './ways-to-help-texts.en';
import { WAYS_TO_HELP_ES } from './ways-to-help-texts.es';

/** What the sections link to, for this visitor's place. */
export interface HelpContext {
  zip: string | null;
  state: string | null;
  houseFinder: string;
  senateFinder: string;
  facilitiesNear: string; // Puente's facilities page, near the ZIP when there is one
  sheltersNear: string; // Puente's map, shelters near the ZIP when there is one
}

/** One section of the page. */
export interface HelpSection {
  id: string;
  heading: string;
  body: SafeHtml;
}

/** Everything the page says in one language. */
export interface WaysToHelpTexts {
  title: string;
  description: string;
  intro: string;
  formLabel: string;
  formHint: string;
  formButton: string;
  showingFor: (place: { zip: string | null; state: string | null }) => string;
  problem: (problem: NonNullable<HelpPlace['problem']>) => string;
  sections: (context: HelpContext) => HelpSection[];
  noMemberData: string;
}

/** The texts in `language`. */
export function waysToHelpTexts(language: Locale): WaysToHelpTexts {
  return language === 'es' ? WAYS_TO_HELP_ES : WAYS_TO_HELP_EN;
}
