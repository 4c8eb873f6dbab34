// What the request log may keep of a URL: coordinates to 2 decimals, ZIP5, "City, ST" as the gazetteer names it, and
// nothing of free text, cursors or secrets.
import fc from 'fast-check';
import { redactUrlForLog } from '../../../server/http/request-log-redact';

const TOKEN = 'Abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE'; // the shape of an edit link's token (43 characters)
const FINER_THAN_2_DECIMALS = /\d\.\d{3}/;

test.each([
  ['/api/v1/listings?near=31.758712,-106.486912&radiusKm=25', '/api/v1/listings?near=31.76,-106.49&radiusKm=25'],
  ['/?near=31.7,-106.4', '/?near=31.7,-106.4'],
  [
    '/api/v1/listings?bbox=-106.612345,31.612345,-106.212345,31.912345',
    '/api/v1/listings?bbox=-106.61,31.61,-106.21,31.91',
  ],
  [
    '/api/v1/listings?lat=31.758712&lng=-106.486912&lon=-106.486912',
    '/api/v1/listings?lat=31.76&lng=-106.49&lon=-106.49',
  ],
  ['/api/v1/listings?near=31.758712,-106.486912e0', '/api/v1/listings?near=[redacted]'],
  ['/api/v1/listings?zip=79901', '/api/v1/listings?zip=79901'],
  ['/?zip=79901-1234', '/?zip=79901'],
  ['/api/v1/listings?zip=799011234', '/api/v1/listings?zip=79901'],
  ['/api/v1/listings?zip=El+Paso', '/api/v1/listings?zip=[redacted]'],
  ['/api/v1/listings?place=El+Paso%2C+TX', '/api/v1/listings?place=El+Paso,+TX'],
  ['/api/v1/listings?place=el%20paso%20texas', '/api/v1/listings?place=El+Paso,+TX'],
  ['/?place=Ca%C3%B1on+City,+co', '/?place=Ca%C3%B1on+City,+CO'],
  ['/api/v1/listings?place=1234+Zebrawood+Blvd%2C+El+Paso%2C+TX', '/api/v1/listings?place=[redacted]'],
  ['/api/v1/listings?place=Zebrawood+Boulevard', '/api/v1/listings?place=[redacted]'],
  ['/api/v1/listings?zip=79901&q=Mar%C3%ADa+1234+Zebrawood', '/api/v1/listings?zip=79901&q=[redacted]'],
  [
    '/api/v1/listings?zip=79901&cursor=eyJrIjowLjAwMSwiaSI6IngifQ.abcdefghijklmnopqrstuv',
    '/api/v1/listings?zip=79901&cursor=[redacted]',
  ],
  [
    '/api/v1/listings?zip=79901&kind=shelter,legal_help&kind=foster_care&openNow=true&limit=20&format=geojson',
    '/api/v1/listings?zip=79901&kind=shelter,legal_help&kind=foster_care&openNow=true&limit=20&format=geojson',
  ],
  [
    '/?zip=79901&lang=es&view=map&units=mi&listing=0b3c6c7e-8a51-4a4e-9a52-5a1d2f3e4b5c',
    '/?zip=79901&lang=es&view=map&units=mi&listing=0b3c6c7e-8a51-4a4e-9a52-5a1d2f3e4b5c',
  ],
  ['/api/v1/listings?street=Zebrawood&zip=79901', '/api/v1/listings?street=[redacted]&zip=79901'],
  ['/api/v1/listings?kind=shelter+near+1234+Zebrawood', '/api/v1/listings?kind=[redacted]'],
  ['/api/v1/listings?1234%20Zebrawood%20Blvd', '/api/v1/listings?[redacted]'],
  [`/edit.html?token=${TOKEN}`, '/edit.html?token=[redacted]'],
  [`/api/v1/edit/${TOKEN}`, '/api/v1/edit/[redacted]'],
  ['/api/v1/listings/0b3c6c7e-8a51-4a4e-9a52-5a1d2f3e4b5c', '/api/v1/listings/0b3c6c7e-8a51-4a4e-9a52-5a1d2f3e4b5c'],
  ['/api/v1/listings/31.758712,-106.486912', '/api/v1/listings/31.76,-106.49'],
  ['/somewhere/1234%20Zebrawood%20Blvd', '/somewhere/[redacted]'],
  ['/api/v1/moderation/log?limit=50', '/api/v1/moderation/log?limit=50'],
  ['/healthz', '/healthz'],
  ['/', '/'],
  ['/api/v1/listings?', '/api/v1/listings'],
])('%s is logged as %s', (url, logged) => {
  expect(redactUrlForLog(url)).toBe(logged);
});

const latitude = fc.double({ min: -90, max: 90, noNaN: true });
const longitude = fc.double({ min: -180, max: 180, noNaN: true });
// Decimal forms a client may send: up to 15 decimals, the way toFixed writes them.
const decimal = (n: number, places: number) => n.toFixed(places);

test('for all latitudes and longitudes, in any coordinate parameter or path, no logged number has more than 2 decimals', () => {
  fc.assert(
    fc.property(
      latitude,
      longitude,
      fc.integer({ min: 0, max: 15 }),
      fc.constantFrom('near', 'bbox', 'latlng', 'path', 'page'),
      (lat, lng, places, form) => {
        const a = decimal(lat, places);
        const b = decimal(lng, places);
        const url = {
          near: `/api/v1/listings?near=${a},${b}&radiusKm=10`,
          bbox: `/api/v1/listings?bbox=${b},${a},${decimal(lng + 0.1, places)},${decimal(lat + 0.1, places)}`,
          latlng: `/api/v1/listings?latitude=${a}&longitude=${b}&lat=${a}&lng=${b}`,
          path: `/api/v1/listings/${a},${b}`,
          page: `/?near=${encodeURIComponent(`${a},${b}`)}&view=map`,
        }[form];
        const logged = redactUrlForLog(url);
        expect(logged).not.toMatch(FINER_THAN_2_DECIMALS);
        // What is kept is the point to 2 decimals (about 1 km), not something else.
        if (form === 'near' && places <= 2) expect(logged).toContain(`near=${Number(a)},${Number(b)}`);
      },
    ),
    { numRuns: 2000 },
  );
});

test('for all ZIP+4 codes, in any form, only the five-digit ZIP is logged', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^\d{5}$/),
      fc.stringMatching(/^\d{4}$/),
      fc.constantFrom('-', '', '%20', '+'),
      fc.constantFrom('zip', 'place', 'q', 'near'),
      (zip5, plus4, sep, param) => {
        const logged = redactUrlForLog(`/api/v1/listings?${param}=${zip5}${sep}${plus4}`);
        expect(logged).not.toContain(`${zip5}${sep}${plus4}`);
        expect(logged).not.toMatch(/\d{6}/);
        if (param === 'zip') expect(logged).toBe(`/api/v1/listings?zip=${zip5}`);
      },
    ),
    { numRuns: 1000 },
  );
});

test('for all text, the logged URL holds none of a free-text query, and a place only as "City, ST"', () => {
  const word = fc.stringMatching(/^[A-Za-zñáéíóú0-9]{4,12}$/);
  fc.assert(
    fc.property(word, word, (secret, other) => {
      const q = redactUrlForLog(`/api/v1/listings?zip=79901&q=${encodeURIComponent(`${secret} ${other}`)}`);
      expect(q).toBe('/api/v1/listings?zip=79901&q=[redacted]');
      const place = redactUrlForLog(`/?place=${encodeURIComponent(`${secret} Street, El Paso, TX`)}`);
      expect(place).toBe('/?place=[redacted]');
    }),
    { numRuns: 300 },
  );
});

test('for all URLs, what is logged is a path and query without any 43-character token', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      fc.constantFrom('token', 'edit', 'code', 'session'),
      (token, name) => {
        for (const url of [`/api/v1/edit/${token}`, `/edit.html?${name}=${token}`, `/x/${token}/y`])
          expect(redactUrlForLog(url)).not.toContain(token);
      },
    ),
    { numRuns: 300 },
  );
});
