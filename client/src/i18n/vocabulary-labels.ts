// The shape of the labels for the contract's fixed vocabularies, and the lookup the UI uses.
// Typed as Records over the contract's lists: a value added to server/contract/vocabulary.ts
// fails the type check here until both languages name it.
import type {
  AcceptedGood,
  AccompanimentService,
  ListingKind,
  VOLUNTEER_ACTIVITIES,
  VolunteerSkill,
  Weekday,
} from '@contract/vocabulary';
import type { Locale } from './locale';
import { EN_VOCABULARY_LABELS } from './vocabulary-labels.en';
import { ES_VOCABULARY_LABELS } from './vocabulary-labels.es';

/** A volunteer activity (the contract exports the list, not the type). */
export type VolunteerActivity = (typeof VOLUNTEER_ACTIVITIES)[number];

/** Labels for every vocabulary value in one language. */
export interface VocabularyLabels {
  kind: Record<ListingKind, string>; // one listing's badge: "Shelter"
  kindFilter: Record<ListingKind, string>; // a filter chip, naming the group: "Shelters"
  goods: Record<AcceptedGood, string>;
  activity: Record<VolunteerActivity, string>;
  service: Record<AccompanimentService, string>;
  skill: Record<VolunteerSkill, string>; // "I can help with": a chip across kinds
  weekday: Record<Weekday, string>; // "Monday", "lunes"
  weekdayShort: Record<Weekday, string>; // "Mon", "lun"
}

/** A group of vocabulary labels. */
export type VocabularyGroup = keyof VocabularyLabels;

const LABELS: Record<Locale, VocabularyLabels> = { en: EN_VOCABULARY_LABELS, es: ES_VOCABULARY_LABELS };

/** The label of one vocabulary value, such as vocabularyLabel('es', 'goods', 'books') -> "Libros". */
export function vocabularyLabel<G extends VocabularyGroup>(
  locale: Locale,
  group: G,
  value: keyof VocabularyLabels[G],
): string {
  return (LABELS[locale][group] as Record<keyof VocabularyLabels[G], string>)[value];
}

/** All labels of one language (for building chip lists in vocabulary order). */
export function vocabularyLabels(locale: Locale): VocabularyLabels {
  return LABELS[locale];
}
