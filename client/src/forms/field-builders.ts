// Labelled form controls with a hint and an error slot each, built as elements (labels and hints
// are catalogue text; values are set as properties, never parsed). A control's `data-path` is the
// API field path its errors come back under.
import { h, type Child } from '../ui/dom';

let nextId = 0;
/** A page-unique element id. */
export const uniqueId = (stem: string): string => `${stem}-${++nextId}`;

/** Options shared by the field builders. */
export interface FieldOptions {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  path?: string; // where the API reports this field's errors, when it differs from `name`
  type?: string; // input type (text when absent)
  autocomplete?: string;
  inputmode?: string;
  lang?: string; // the language the person should type in (descriptions in Spanish)
  className?: string;
}

/** A labelled <input>. */
export function inputField(options: FieldOptions): HTMLElement {
  const control = h('input', {
    type: options.type ?? 'text',
    name: options.name,
    autocomplete: options.autocomplete,
    inputmode: options.inputmode,
    lang: options.lang,
    spellcheck: options.type === 'email' || options.type === 'url' ? 'false' : undefined,
  });
  return wrap(options, control);
}

/** A labelled <textarea>. */
export function textAreaField(options: FieldOptions & { rows?: number }): HTMLElement {
  return wrap(options, h('textarea', { name: options.name, rows: options.rows ?? 3, lang: options.lang }));
}

/** A labelled <select>; `choices` are [value, label] pairs. */
export function selectField(
  options: FieldOptions & { choices: ReadonlyArray<readonly [string, string]> },
): HTMLElement {
  const control = h(
    'select',
    { name: options.name, autocomplete: options.autocomplete },
    options.choices.map(([value, label]) => h('option', { value }, [label])),
  );
  return wrap(options, control);
}

/** A fieldset of checkboxes or radio buttons sharing `name`; `choices` are [value, label, hint?]. */
export function choiceGroup(
  options: FieldOptions & {
    kind: 'checkbox' | 'radio';
    choices: ReadonlyArray<readonly [string, string, string?]>;
    columns?: boolean;
  },
): HTMLFieldSetElement {
  const items = options.choices.map(([value, label, hint]) => {
    const id = uniqueId('choice');
    const hintId = hint ? `${id}-hint` : undefined;
    return h('div', { class: 'choice' }, [
      h('input', { type: options.kind, id, name: options.name, value, 'aria-describedby': hintId }),
      h('label', { for: id }, [label]),
      hint ? h('p', { class: 'hint choice-hint', id: hintId }, [hint]) : null,
    ]);
  });
  return group(
    options.label + (options.required ? ' *' : ''),
    options.path ?? options.name,
    [
      options.hint ? h('p', { class: 'hint' }, [options.hint]) : null,
      h('div', { class: options.columns ? 'choices choices--columns' : 'choices' }, items),
    ],
    options.className,
  );
}

/** A fieldset with a legend, an error slot for the group, and `children`. */
export function group(
  legend: string,
  path: string | undefined,
  children: Child[],
  className = '',
): HTMLFieldSetElement {
  const errorId = uniqueId('error');
  return h(
    'fieldset',
    { class: `form-group ${className}`.trim(), 'data-path': path, 'data-error-id': path ? errorId : undefined },
    [h('legend', {}, [legend]), path ? h('p', { class: 'field-error', id: errorId, hidden: true }) : null, ...children],
  );
}

function wrap(options: FieldOptions, control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): HTMLElement {
  const id = uniqueId('field');
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  control.id = id;
  control.dataset.path = options.path ?? options.name;
  control.dataset.errorId = errorId;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  if (options.required) control.setAttribute('aria-required', 'true');
  return h('div', { class: `form-field ${options.className ?? ''}`.trim() }, [
    h('label', { for: id }, [options.label, options.required ? h('span', { 'aria-hidden': 'true' }, [' *']) : null]),
    hintId ? h('p', { class: 'hint', id: hintId }, [options.hint ?? '']) : null,
    h('p', { class: 'field-error', id: errorId, hidden: true }),
    control,
  ]);
}

/** Optional fields folded under a summary, so the phone form starts short; the form opens it when it holds a value or an error. */
export function foldable(summary: string, children: Child[]): HTMLDetailsElement {
  return h('details', { class: 'form-more' }, [h('summary', {}, [summary]), ...children]);
}
