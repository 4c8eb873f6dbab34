// A description in either language is enough: a group that writes only Spanish can submit, be approved and be read;
// a description with neither language is a 400 naming listing.description, in the person's language.
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { aSubmission, sendJson } from '../helpers/submission-fixtures';

const env = useModeratedServer();
const SPANISH = 'Albergue para familias recién llegadas. Aceptamos ropa y libros.';

test('a Spanish-only description is accepted, approved, published and read back in Spanish', async () => {
  const created = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name: 'Casa Solo Español', description: { es: SPANISH } }),
  );
  expect(created.status).toBe(201);
  const approve = await sendJson(
    env.server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${created.body.submissionId}/approve`,
    {},
    moderatorHeaders(env.moderator),
  );
  expect(approve.status).toBe(200);
  const detail = await env.server.get(`/api/v1/listings/${created.body.listingId}`);
  expect(detail.status).toBe(200);
  expect(detail.body.description).toEqual({ es: SPANISH });
  // The server-rendered page shows English readers the Spanish text, marked as Spanish.
  const page = await fetch(`${env.server.baseUrl}/listings/${created.body.listingId}?lang=en`);
  expect(page.status).toBe(200);
  expect(await page.text()).toMatch(new RegExp(`<p class="listing-text" lang="es">${SPANISH}<`));
  // Found by its Spanish words, like any description.
  const found = await env.server.get('/api/v1/listings?near=31.77,-106.48&q=recién');
  expect(found.body.results.map((r: { id: string }) => r.id)).toContain(created.body.listingId);
});

test('an English left empty next to a Spanish text is the same as no English', async () => {
  const created = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ description: { en: '  ', es: SPANISH } as never }),
  );
  expect(created.status).toBe(201);
});

test.each([
  ['both empty', { en: '', es: '' }],
  ['both blank', { en: ' ', es: '\n' }],
  ['neither given', {}],
])('a description with %s is a 400 naming listing.description, in English or Spanish', async (_, description) => {
  const body = aSubmission({ description: description as never });
  const english = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', body);
  expect(english.status).toBe(400);
  expect(english.body.error.details).toEqual([
    { parameter: 'listing.description', message: 'write it in English or Spanish (or both)' },
  ]);
  const spanish = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', body, { 'accept-language': 'es' });
  expect(spanish.body.error.details).toEqual([
    { parameter: 'listing.description', message: 'escríbalo en inglés o en español (o en ambos)' },
  ]);
});
