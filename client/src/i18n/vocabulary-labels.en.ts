// English names for the contract's vocabularies.
import type { VocabularyLabels } from './vocabulary-labels';

/** English labels for every vocabulary value. */
export const EN_VOCABULARY_LABELS: VocabularyLabels = {
  kind: {
    shelter: 'Shelter',
    visitation_program: 'Detention visitation program',
    accompaniment: 'Court and ICE accompaniment',
    task_force: 'Local task force',
    legal_help: 'Legal help',
    foster_care: 'Foster care',
  },
  kindFilter: {
    shelter: 'Shelters',
    visitation_program: 'Detention visits',
    accompaniment: 'Court & ICE accompaniment',
    task_force: 'Task forces',
    legal_help: 'Legal help',
    foster_care: 'Foster care',
  },
  goods: {
    clothing: 'Clothing',
    books: 'Books',
    toys: 'Toys and stuffed animals',
    art_supplies: 'Art supplies',
    school_supplies: 'School supplies',
    hygiene: 'Hygiene items',
    baby_supplies: 'Baby supplies',
    food: 'Food',
  },
  activity: {
    story_time: 'Story time',
    art_projects: 'Art projects',
    tutoring: 'Tutoring',
    play_and_childcare: 'Play and childcare',
    meal_service: 'Serving meals',
    sorting_donations: 'Sorting donations',
    interpreting: 'Interpreting',
    rides: 'Rides',
  },
  service: {
    court: 'Going to immigration court',
    ice_checkin: 'ICE check-ins',
    interpreting: 'Interpreting',
    childcare: 'Childcare',
    rides: 'Rides',
  },
  skill: {
    interpreting: 'Interpreting',
    childcare: 'Childcare',
    rides: 'Rides',
    accompaniment: 'Court or check-in accompaniment',
    visiting: 'Visiting people in detention',
  },
  weekday: {
    mo: 'Monday',
    tu: 'Tuesday',
    we: 'Wednesday',
    th: 'Thursday',
    fr: 'Friday',
    sa: 'Saturday',
    su: 'Sunday',
  },
  weekdayShort: { mo: 'Mon', tu: 'Tue', we: 'Wed', th: 'Thu', fr: 'Fri', sa: 'Sat', su: 'Sun' },
};
