// "I can help with" (docs/decisions/0066-volunteer-by-skill.md): the language menu for interpreting, which the filter
// panel shows beside its skill chips, and the plain form fields the server draws into the search form for a phone
// without JavaScript (server/pages/search-page.ts). Interpreting "in Mixtec" is the language= filter: the places that
// speak it.
import { VOLUNTEER_SKILLS } from '@contract/vocabulary';
import type { Locale } from '../i18n/locale';
import { languageName } from '../i18n/language-names';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { h } from './dom';

/** The value of the menu's entry that stands for several chosen languages; choosing it changes nothing. */
export const SEVERAL_LANGUAGES = 'several';

/**
 * A labelled menu of languages for interpreting, named `language` so a plain form sends it: "Any language", or one of
 * `choices`; with several languages chosen (from the language chips), an entry naming them is selected.
 */
export function interpretingLanguageField(
  locale: Locale,
  chosen: readonly string[],
  choices: readonly string[],
  id: string,
): { field: HTMLElement; select: HTMLSelectElement } {
  const several = chosen.length > 1;
  const options = [
    h('option', { value: '', selected: chosen.length === 0 }, [t(locale, 'filters.anyLanguage')]),
    several
      ? h('option', { value: SEVERAL_LANGUAGES, selected: true }, [
          chosen.map((code) => languageName(locale, code)).join(', '),
        ])
      : null,
    ...[...new Set([...chosen, ...choices])].map((code) =>
      h('option', { value: code, selected: !several && chosen[0] === code }, [languageName(locale, code)]),
    ),
  ];
  const select = h('select', { id, name: several ? undefined : 'language' }, options);
  const field = h('div', { class: 'field interpreting-language' }, [
    h('label', { for: id }, [t(locale, 'filters.interpretingLanguage')]),
    select,
  ]);
  return { field, select };
}

/**
 * The skills as plain checkboxes (`skill=`) and the interpreting language menu, for the search form without
 * JavaScript, folded under their title; app.css shows them only where no script runs (the filter panel's chips do the
 * same with it).
 */
export function skillFormFields(
  locale: Locale,
  state: { skills: readonly string[]; languages: readonly string[] },
  languageChoices: readonly string[],
): HTMLElement {
  const boxes = VOLUNTEER_SKILLS.map((skill) => {
    const id = `form-skill-${skill}`;
    return h('div', { class: 'check' }, [
      h('input', { type: 'checkbox', id, name: 'skill', value: skill, checked: state.skills.includes(skill) }),
      h('label', { for: id }, [vocabularyLabel(locale, 'skill', skill)]),
    ]);
  });
  const { field } = interpretingLanguageField(locale, state.languages, languageChoices, 'form-interpreting-language');
  // Folded until something is chosen, so that on a phone the results stay near the top (details needs no script).
  const chosen = state.skills.length > 0 || state.languages.length > 0;
  return h('details', { class: 'skill-fields no-script-only', id: 'skill-fields', open: chosen }, [
    h('summary', {}, [t(locale, 'filters.skills')]),
    h('fieldset', {}, [
      h('legend', { class: 'visually-hidden' }, [t(locale, 'filters.skills')]),
      h('p', { class: 'hint' }, [t(locale, 'filters.skillsHint')]),
      ...boxes,
      field,
    ]),
  ]);
}
