// Links built from listing data keep to their scheme: tel:, mailto:, http(s), OpenStreetMap directions.
import { directionsHref, displayHost, mailtoHref, telHref, webHref } from '../../../../client/src/ui/link-targets';

test('phone numbers become dialable tel: URIs with their extension', () => {
  expect(telHref('1-888-272-1913')).toBe('tel:18882721913');
  expect(telHref('+1 (915) 555-0142', '12')).toBe('tel:+19155550142;ext=12');
  expect(telHref('566#')).toBe('tel:566%23');
  expect(telHref('call us')).toBeNull();
  expect(telHref('555-0100', 'x9')).toBe('tel:5550100'); // an extension that is not digits is dropped
});

test('only http(s) web addresses become links', () => {
  expect(webHref('https://example.org/help')).toBe('https://example.org/help');
  expect(webHref('http://example.org')).toBe('http://example.org/');
  expect(webHref('javascript:alert(1)')).toBeNull();
  expect(webHref('data:text/html,<script>alert(1)</script>')).toBeNull();
  expect(webHref('not a url')).toBeNull();
  expect(displayHost('https://www.example.org/a?b')).toBe('example.org');
});

test('email addresses become mailto: links; anything else does not', () => {
  expect(mailtoHref('help@example.org')).toBe('mailto:help@example.org');
  expect(mailtoHref('a b@example.org')).toBeNull();
  expect(mailtoHref('<img>@x.org')).toBeNull();
  expect(mailtoHref('javascript:alert(1)')).toBeNull();
});

test('directions go to OpenStreetMap with the destination filled in', () => {
  expect(directionsHref(31.7587, -106.4869)).toBe(
    'https://www.openstreetmap.org/directions?route=%3B31.75870%2C-106.48690#map=16/31.75870/-106.48690',
  );
});
