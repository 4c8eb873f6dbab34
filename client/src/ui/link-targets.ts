// The href of every link built from listing data: tel:, mailto:, web sites and directions. Each
// one is built from a fixed scheme, so text an organization typed can never become a javascript: URL.

/** A tel: URI (RFC 3966) for a phone number as written ("1-888-272-1913", "566#"), with its extension; null without digits. */
export function telHref(number: string, extension?: string): string | null {
  const dialable = number.replace(/[^0-9+*#]/g, '');
  if (!/\d/.test(dialable)) return null;
  const ext = extension && /^\d+$/.test(extension) ? `;ext=${extension}` : '';
  return `tel:${dialable.replace(/#/g, '%23')}${ext}`;
}

/** A mailto: link for an address that looks like one, else null. */
export function mailtoHref(email: string): string | null {
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)
    ? `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`
    : null;
}

/** The URL when it is http(s), normalised; null for anything else (javascript:, data:, text). */
export function webHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The host of a web address, to show as the link text ("example.org"). */
export function displayHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Directions to a point on OpenStreetMap (the start is left for the person to fill in). */
export function directionsHref(latitude: number, longitude: number): string {
  const point = `${latitude.toFixed(5)},${longitude.toFixed(5)}`;
  return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${point}`)}#map=16/${latitude.toFixed(5)}/${longitude.toFixed(5)}`;
}
