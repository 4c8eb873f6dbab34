// The moderation queue: new listings, changes, reports and listings due for re-confirmation, oldest
// first; approve, reject with a reason, edit then approve, and one decision for a selection.
import type { ListingInput } from '@contract/listing';
import type { ModerationQueue } from '@contract/moderation';
import { ApiFailure } from '../api/json-request';
import type { ModerationApi } from '../api/moderation.api';
import type { ClientSettings } from '../config/client-settings';
import { ListingForm } from '../forms/listing-form';
import { valuesFromListing } from '../forms/listing-form.values';
import { formErrorKey, tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h, replaceChildren } from '../ui/dom';
import { sendListingForm } from '../pages/form-submission';
import { BulkBar } from './bulk-bar';
import { isPublicShelter } from '@contract/shelter-privacy';
import { dueEntry, publicShelterWarning, reportEntry, submissionEntry, type PendingSubmission } from './queue-entries';
import { defaultUnitFor } from '../format/distance.format';

/** Shows the queue and carries out decisions; `onSignedOut` is told when the session is gone. */
export class QueueView {
  private queue: ModerationQueue | null = null;
  private readonly status = h('p', { role: 'status', class: 'queue-status' });
  private readonly body = h('div', { class: 'queue-body' });
  private readonly bulk: BulkBar;

  constructor(
    private readonly container: HTMLElement,
    private readonly locale: Locale,
    private readonly api: ModerationApi,
    private readonly settings: ClientSettings,
    private readonly onSignedOut: (message: string | null) => void,
  ) {
    this.bulk = new BulkBar(locale, (action, reason) => this.decideSelected(action, reason));
  }

  /** Fetches the queue and shows it. */
  async load(): Promise<void> {
    try {
      this.queue = await this.api.queue();
      this.render();
    } catch (err) {
      this.fail(err);
    }
  }

  /** Builds the page part: heading bar, bulk bar, the four sections. */
  mount(email: string): void {
    const signOut = h('button', { type: 'button', class: 'button button--secondary', id: 'sign-out' }, [
      tf(this.locale, 'signIn.signOut'),
    ]);
    signOut.addEventListener('click', () => void this.api.signOut().finally(() => this.onSignedOut(null)));
    const refresh = h('button', { type: 'button', class: 'button button--secondary' }, [
      tf(this.locale, 'queue.refresh'),
    ]);
    refresh.addEventListener('click', () => void this.load());
    replaceChildren(this.container, [
      h('h1', { tabindex: -1 }, [tf(this.locale, 'page.moderateTitle')]),
      h('div', { class: 'queue-bar' }, [
        h('p', {}, [tf(this.locale, 'signIn.signedInAs', { email })]),
        h('div', { class: 'form-actions' }, [refresh, signOut]),
      ]),
      this.bulk.element,
      this.status,
      this.body,
    ]);
  }

  private render(): void {
    const queue = this.queue!;
    const locale = this.locale;
    const section = (id: string, title: string, items: HTMLElement[], list = false) =>
      h('section', { class: 'queue-section', id, 'aria-labelledby': `${id}-heading` }, [
        h('h2', { id: `${id}-heading` }, [title]),
        items.length
          ? list
            ? h('ul', { class: 'plain-list' }, items)
            : h('div', {}, items)
          : h('p', { class: 'hint' }, [tf(locale, 'queue.empty')]),
      ]);
    const newListings = queue.newListings.map((s) => this.submission(s));
    const changes = queue.changes.map((s) => this.submission(s));
    this.bulk.setCheckboxes([...newListings, ...changes]);
    replaceChildren(this.body, [
      section(
        'new-listings',
        tf(locale, 'queue.newListings', { count: queue.newListings.length }),
        newListings.map((e) => e.element),
      ),
      section(
        'changes',
        tf(locale, 'queue.changes', { count: queue.changes.length }),
        changes.map((e) => e.element),
      ),
      section(
        'reports',
        tf(locale, 'queue.reports', { count: queue.reports.length }),
        queue.reports.map((r) => reportEntry(locale, r, this.reportActions(r.reportId))),
      ),
      section(
        'due',
        tf(locale, 'queue.due', { count: queue.dueForReconfirmation.length }),
        queue.dueForReconfirmation.map((d) => dueEntry(locale, d)),
        true,
      ),
    ]);
  }

  private submission(submission: PendingSubmission): ReturnType<typeof submissionEntry> {
    const locale = this.locale;
    const entry = submissionEntry(locale, submission, this.settings);
    const button = (label: string, onClick: () => void, primary = false) => {
      const b = h('button', { type: 'button', class: `button ${primary ? 'button--primary' : 'button--secondary'}` }, [
        label,
      ]);
      b.addEventListener('click', onClick);
      return b;
    };
    const approve = button(
      tf(locale, 'queue.approve'),
      () => {
        // A public shelter is approved only with the box ticked; the API refuses it otherwise, this just says so sooner.
        if (entry.confirmPublic && !entry.confirmPublic.checked)
          return void (this.say(tf(locale, 'queue.confirmNeeded')), entry.confirmPublic.focus());
        void this.decide(() =>
          this.api.approve(submission.submissionId, undefined, entry.confirmPublic?.checked ?? false),
        );
      },
      true,
    );
    const reject = button(tf(locale, 'queue.reject'), () =>
      replaceChildren(entry.panel, [this.rejectForm(submission.submissionId)]),
    );
    const edit = button(tf(locale, 'queue.edit'), () => this.openEditor(entry.panel, submission, entry.confirmPublic));
    replaceChildren(entry.actions, [approve, reject, edit]);
    return entry;
  }

  private rejectForm(submissionId: string): HTMLElement {
    const locale = this.locale;
    const id = `reason-${submissionId}`;
    const reason = h('textarea', { id, rows: 3, 'aria-describedby': `${id}-error` });
    const error = h('p', { class: 'field-error', id: `${id}-error` });
    const confirm = h('button', { type: 'submit', class: 'button button--primary' }, [
      tf(locale, 'queue.rejectConfirm'),
    ]);
    const form = h('form', { class: 'inline-form', novalidate: true }, [
      h('label', { for: id }, [tf(locale, 'queue.rejectReason')]),
      error,
      reason,
      h('div', { class: 'form-actions' }, [confirm]),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!reason.value.trim()) {
        error.textContent = tf(locale, 'queue.reasonRequired');
        reason.setAttribute('aria-invalid', 'true');
        reason.focus();
        return;
      }
      void this.decide(() => this.api.reject(submissionId, reason.value.trim()));
    });
    queueMicrotask(() => reason.focus());
    return form;
  }

  private openEditor(panel: HTMLElement, submission: PendingSubmission, confirmPublic: HTMLInputElement | null): void {
    const locale = this.locale;
    const label = tf(locale, 'queue.editApprove');
    const form = new ListingForm(locale, 'moderate', this.settings, label);
    const cancel = h('button', { type: 'button', class: 'button button--secondary' }, [tf(locale, 'queue.cancel')]);
    cancel.addEventListener('click', () => replaceChildren(panel, []));
    form.element.querySelector('.form-actions')?.append(cancel);
    // An edit that makes a shelter public needs the same confirmation as a submission that is one.
    const box =
      confirmPublic ??
      h('input', { type: 'checkbox', class: 'confirm-public-shelter', id: `confirm-edit-${submission.submissionId}` });
    if (!confirmPublic) {
      const warning = publicShelterWarning(locale, box);
      const update = () => {
        const values = form.values();
        warning.hidden = !(
          values['listing.details.kind']?.[0] === 'shelter' && values['listing.location.privacy']?.[0] === 'exact'
        );
      };
      form.element.querySelector('.form-actions')?.before(warning);
      form.element.addEventListener('change', update);
      queueMicrotask(update);
    }
    form.element.addEventListener('submit', (event) => {
      event.preventDefault();
      // The entry's box confirms a public shelter; an edit that makes a confidential shelter public is refused until the moderator confirms it.
      const confirmed = box.checked;
      void sendListingForm(form, locale, label, (listing) =>
        this.api.approve(submission.submissionId, listing as ListingInput, confirmed),
      ).then((answer) => {
        if (answer !== null) void this.afterDecision();
      });
    });
    replaceChildren(panel, [form.summary, form.element]);
    form.fill(valuesFromListing(submission.listing, defaultUnitFor(locale)));
    form.element.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  private reportActions(reportId: string): HTMLElement {
    const locale = this.locale;
    const noteId = `note-${reportId}`;
    const note = h('input', { type: 'text', id: noteId });
    const archiveId = `archive-${reportId}`;
    const archive = h('input', { type: 'checkbox', id: archiveId });
    const act = (outcome: 'resolved' | 'dismissed') => {
      const b = h(
        'button',
        { type: 'button', class: `button ${outcome === 'resolved' ? 'button--primary' : 'button--secondary'}` },
        [tf(locale, outcome === 'resolved' ? 'queue.resolve' : 'queue.dismiss')],
      );
      b.addEventListener(
        'click',
        () => void this.decide(() => this.api.resolveReport(reportId, outcome, note.value, archive.checked)),
      );
      return b;
    };
    return h('div', { class: 'inline-form' }, [
      h('label', { for: noteId }, [tf(locale, 'queue.note')]),
      note,
      h('div', { class: 'choice' }, [archive, h('label', { for: archiveId }, [tf(locale, 'queue.archive')])]),
      h('div', { class: 'form-actions' }, [act('resolved'), act('dismissed')]),
    ]);
  }

  private async decideSelected(action: 'approve' | 'reject', reason: string): Promise<void> {
    const ids = this.bulk.selectedIds();
    // Bulk approval never confirms a public shelter (the API refuses the whole selection): say so before sending.
    const publicShelters = [...(this.queue?.newListings ?? []), ...(this.queue?.changes ?? [])].filter(
      (s) => ids.includes(s.submissionId) && isPublicShelter(s.listing),
    );
    if (action === 'approve' && publicShelters.length) return this.say(tf(this.locale, 'queue.bulkPublicShelter'));
    await this.decide(
      () => this.api.bulk(action, ids, reason || undefined),
      tf(this.locale, 'queue.bulkDone', { count: ids.length }),
    );
  }

  private async decide(call: () => Promise<unknown>, done = tf(this.locale, 'queue.decided')): Promise<void> {
    try {
      await call();
      await this.afterDecision(done);
    } catch (err) {
      this.fail(err);
    }
  }

  private async afterDecision(done = tf(this.locale, 'queue.decided')): Promise<void> {
    await this.load();
    this.say(done);
  }

  private fail(err: unknown): void {
    const code = err instanceof ApiFailure ? err.code : 'unknown';
    if (code === 'not_signed_in') return this.onSignedOut(tf(this.locale, 'signIn.expired'));
    if (code === 'already_decided') {
      void this.load().then(() => this.say(tf(this.locale, 'queue.alreadyDecided')));
      return;
    }
    this.say(tf(this.locale, formErrorKey(code)));
  }

  private say(text: string): void {
    this.status.textContent = text;
  }
}
