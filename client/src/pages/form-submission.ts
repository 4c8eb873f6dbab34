// Sending the listing form: the form's own checks first, then the API; its 400 details go beside
// their fields (in the page's language, which the request asks for), any other failure in the summary.
import { ApiFailure } from '../api/json-request';
import { formErrorKey, tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import type { ListingForm } from '../forms/listing-form';
import { listingFromValues, type FormValues, type SubmittedListingInput } from '../forms/listing-form.values';

/** Runs `send` with the form's listing, showing problems on the form; resolves with `send`'s answer, or null when it did not succeed. */
export async function sendListingForm<T>(
  form: ListingForm,
  locale: Locale,
  idleLabel: string,
  send: (listing: SubmittedListingInput, values: FormValues) => Promise<T>,
): Promise<T | null> {
  form.clearProblems();
  const values = form.values();
  const converted = listingFromValues(values);
  const { listing } = converted;
  const missing = form.missingRequired();
  // One message per field: an empty required field says so rather than what the conversion made of it.
  const problems = [...missing, ...converted.problems.filter((p) => !missing.some((m) => m.path === p.path))];
  if (problems.length) {
    form.showProblems(problems.map((p) => ({ parameter: p.path, message: tf(locale, p.key) })));
    return null;
  }
  form.setBusy(true, idleLabel);
  try {
    return await send(listing, values);
  } catch (err) {
    form.showProblems(problemsOf(err, locale));
    return null;
  } finally {
    form.setBusy(false, idleLabel);
  }
}

/** What to show for a failed request: the API's field details, or one general message. */
export function problemsOf(err: unknown, locale: Locale): Array<{ parameter: string; message: string }> {
  if (err instanceof ApiFailure && err.code === 'invalid_parameter' && err.details.length) return err.details;
  const code = err instanceof ApiFailure ? err.code : 'unknown';
  return [{ parameter: '', message: tf(locale, formErrorKey(code)) }];
}
