// What a result card says beyond name, kind and distance, so a helper need not open every listing:
// a phone to tap, and for shelters what they accept and need now. The same lines on the server-rendered page.
import type { ListingSummary } from '@contract/listing';
import type { Locale } from '../i18n/locale';
import { pickLocalizedText } from '../i18n/localized-text';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { h } from './dom';
import { telHref } from './link-targets';

/** Goods named on a card before "…": the full list is on the listing's page. */
const CARD_GOODS = 4;
/** Characters of "Needs now" on a card; the whole text is on the listing's page. */
const CARD_NEEDS_LENGTH = 90;

/** The card's phone line (the first number, as a tel: link) and, for a shelter, its "Accepts …" and "Needed now" lines. */
export function cardContent(listing: ListingSummary, locale: Locale): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const phone = listing.phones[0];
  const href = phone ? telHref(phone.number, phone.extension) : null;
  if (phone && href) {
    const label = phone.extension
      ? `${phone.number} ${t(locale, 'detail.extension', { extension: phone.extension })}`
      : phone.number;
    lines.push(
      h('p', { class: 'result-phone' }, [
        h('a', { href, class: 'tel-link', 'aria-label': t(locale, 'detail.call', { number: label }) }, [label]),
      ]),
    );
  }
  if (listing.kind === 'shelter' && listing.acceptedGoods.length) {
    const goods = listing.acceptedGoods.map((g) => vocabularyLabel(locale, 'goods', g));
    const shown = goods.length > CARD_GOODS ? `${goods.slice(0, CARD_GOODS).join(', ')}…` : goods.join(', ');
    lines.push(h('p', { class: 'result-accepts' }, [`${t(locale, 'detail.accepts')}: ${shown}`]));
  }
  if (listing.currentNeeds) {
    const needs = pickLocalizedText(locale, listing.currentNeeds);
    lines.push(
      h('p', { class: 'result-needs' }, [
        h('strong', {}, [`${t(locale, 'detail.currentNeeds')}: `]),
        h('span', { lang: needs.lang === locale ? undefined : needs.lang }, [truncate(needs.text, CARD_NEEDS_LENGTH)]),
      ]),
    );
  }
  return lines;
}

// Whole words up to `length` characters, then "…".
function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= length) return flat;
  const cut = [...flat].slice(0, length).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
