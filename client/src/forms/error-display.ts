// Showing what is wrong: each message beside its field (linked with aria-describedby, the field
// marked aria-invalid), a summary at the top with a link to each field, and focus on the first one.
import { h, replaceChildren } from '../ui/dom';
import { groupProblems } from './field-errors';

/** A problem with a field, by its API path, with a message in the page's language. */
export interface ShownProblem {
  parameter: string;
  message: string;
}

/** Writes field errors into a form and an error summary. */
export class ErrorDisplay {
  constructor(
    private readonly form: HTMLElement,
    private readonly summary: HTMLElement, // an empty element above the form
  ) {}

  /** Removes every message and the summary. */
  clear(): void {
    for (const slot of this.form.querySelectorAll<HTMLElement>('.field-error')) {
      slot.textContent = '';
      slot.hidden = true;
    }
    for (const field of this.form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid');
      const errorId = (field as HTMLElement).dataset.shownErrorId;
      if (errorId) setDescribedBy(field, errorId, false);
      delete (field as HTMLElement).dataset.shownErrorId;
    }
    replaceChildren(this.summary, []);
    this.summary.hidden = true;
  }

  /** Shows `problems` (the heading is the summary's title), then moves focus to the first field named. */
  show(problems: readonly ShownProblem[], heading: string): void {
    this.clear();
    const targets = this.targets();
    const groups = groupProblems(
      problems,
      targets.map((t) => t.dataset.path ?? ''),
    );
    const links: HTMLElement[] = [];
    let first: HTMLElement | null = null;
    for (const { path, messages } of groups) {
      const target = path === null ? null : (targets.find((t) => t.dataset.path === path) ?? null);
      const text = messages.join(' ');
      if (!target) {
        links.push(h('li', {}, [text]));
        continue;
      }
      const slot = target.dataset.errorId ? document.getElementById(target.dataset.errorId) : null;
      if (slot) {
        slot.textContent = text;
        slot.hidden = false;
      }
      const control = focusableIn(target);
      control.closest('details')?.setAttribute('open', ''); // the coordinates fold away
      control.setAttribute('aria-invalid', 'true');
      if (target.dataset.errorId) {
        setDescribedBy(control, target.dataset.errorId, true);
        control.dataset.shownErrorId = target.dataset.errorId;
      }
      first ??= control;
      const link = h('a', { href: `#${control.id}` }, [`${labelOf(target)}: ${text}`]);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        control.focus();
        control.scrollIntoView({ block: 'center' });
      });
      links.push(h('li', {}, [link]));
    }
    replaceChildren(this.summary, [h('h2', { class: 'error-summary-title' }, [heading]), h('ul', {}, links)]);
    this.summary.hidden = false;
    if (first) {
      first.focus();
      first.scrollIntoView({ block: 'center' });
    } else {
      this.summary.focus();
    }
  }

  // Fields and groups that can hold an error, in page order, leaving out the kind sections not shown.
  private targets(): HTMLElement[] {
    return [...this.form.querySelectorAll<HTMLElement>('[data-path]')].filter(
      (el) => !el.closest('fieldset[disabled]'),
    );
  }
}

function focusableIn(target: HTMLElement): HTMLElement {
  if (target.tagName !== 'FIELDSET') return target;
  const inner = target.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea');
  if (inner && !inner.id) inner.id = `${target.dataset.errorId}-control`;
  return inner ?? target;
}

function labelOf(target: HTMLElement): string {
  if (target.tagName === 'FIELDSET') return target.querySelector('legend')?.textContent?.replace(/\s*\*$/, '') ?? '';
  const label = target.id ? target.ownerDocument.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null;
  return (label?.firstChild?.textContent ?? '').trim();
}

function setDescribedBy(element: Element, id: string, present: boolean): void {
  const ids = new Set((element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (present) ids.add(id);
  else ids.delete(id);
  if (ids.size) element.setAttribute('aria-describedby', [...ids].join(' '));
  else element.removeAttribute('aria-describedby');
}
