// One decision for the selected submissions: approve them all, or reject them all with one reason.
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h } from '../ui/dom';

/** The bar above the queue, kept in view while scrolling, counting what is selected. */
export class BulkBar {
  /** The bar, for the page. */
  readonly element: HTMLElement;
  private checkboxes: HTMLInputElement[] = [];
  private readonly legend = h('legend', {});
  private readonly reason = h('input', { type: 'text', id: 'bulk-reason' });
  private readonly message = h('p', { class: 'field-error', id: 'bulk-message', role: 'alert' });
  private readonly selectAll: HTMLInputElement;

  constructor(
    private readonly locale: Locale,
    decide: (action: 'approve' | 'reject', reason: string) => Promise<void>,
  ) {
    this.selectAll = h('input', { type: 'checkbox', id: 'select-all' });
    this.selectAll.addEventListener('change', () => {
      for (const box of this.checkboxes) box.checked = this.selectAll.checked;
      this.count();
    });
    const act = (action: 'approve' | 'reject') => {
      const button = h(
        'button',
        {
          type: 'button',
          class: `button ${action === 'approve' ? 'button--primary' : 'button--secondary'}`,
          id: `bulk-${action}`,
        },
        [tf(locale, action === 'approve' ? 'queue.bulkApprove' : 'queue.bulkReject')],
      );
      button.addEventListener('click', () => {
        this.message.textContent = '';
        if (this.selectedIds().length === 0) return void (this.message.textContent = tf(locale, 'queue.bulkNone'));
        if (action === 'reject' && !this.reason.value.trim()) {
          this.message.textContent = tf(locale, 'queue.reasonRequired');
          this.reason.focus();
          return;
        }
        button.disabled = true;
        void decide(action, action === 'reject' ? this.reason.value.trim() : '').finally(() => {
          button.disabled = false;
        });
      });
      return button;
    };
    this.element = h('div', { class: 'bulk-bar' }, [
      h('fieldset', {}, [
        this.legend,
        h('div', { class: 'choice' }, [
          this.selectAll,
          h('label', { for: 'select-all' }, [tf(locale, 'queue.selectAll')]),
        ]),
        h('div', { class: 'bulk-reason inline-form' }, [
          h('label', { for: 'bulk-reason' }, [tf(locale, 'queue.rejectReason')]),
          this.reason,
        ]),
        act('approve'),
        act('reject'),
      ]),
      this.message,
    ]);
    this.count();
  }

  /** The entries' checkboxes after a render (the selection starts empty). */
  setCheckboxes(entries: ReadonlyArray<{ checkbox: HTMLInputElement }>): void {
    this.checkboxes = entries.map((e) => e.checkbox);
    for (const box of this.checkboxes) box.addEventListener('change', () => this.count());
    this.selectAll.checked = false;
    this.reason.value = '';
    this.count();
  }

  /** The submission ids selected. */
  selectedIds(): string[] {
    return this.checkboxes.filter((b) => b.checked).map((b) => b.value);
  }

  private count(): void {
    this.legend.textContent = tf(this.locale, 'queue.bulkLegend', { count: this.selectedIds().length });
  }
}
