// A confidential listing's text must not publish its private street, house number or ZIP: refused with a 400 that
// names the field and says why, on submission, on an edit-link change and on a moderator's edit; nothing is rewritten.
import { useModeratedServer } from '../helpers/moderated-server';
import { moderatorHeaders } from '../helpers/moderator-session';
import { aSubmission, editHeaders, sendJson } from '../helpers/submission-fixtures';
import type { ListingInput } from '@contract/listing';

const env = useModeratedServer();

// The fixture's private address is 1412 Calle Secreta, El Paso, TX 79901 (confidential).
const shelterDetails = (fields: Record<string, unknown>) =>
  ({ kind: 'shelter', acceptedGoods: [], volunteerActivities: [], ...fields }) as ListingInput['details'];
const LEAKS: Array<[string, Partial<ListingInput>, string, RegExp]> = [
  [
    'street, English description',
    { description: { en: 'Find us at 1412 Calle Secreta.' } },
    'listing.description.en',
    /private street address/,
  ],
  [
    'street, Spanish description, abbreviated and unaccented',
    { description: { en: 'A shelter.', es: 'Estamos en C. Secreta, junto a la cll SECRETÁ.' } },
    'listing.description.es',
    /private street address/,
  ],
  [
    'house number, Spanish hours notes',
    {
      hours: {
        timeZone: 'America/Denver',
        openings: [],
        notes: { en: 'Call first.', es: 'Toque en el 1412 de la calle.' },
      },
    },
    'listing.hours.notes.es',
    /house number/,
  ],
  [
    'ZIP+4, shipping address',
    { details: shelterDetails({ shippingAddress: 'PO Box 5, El Paso, TX 79901-0142' }) },
    'listing.details.shippingAddress',
    /ZIP code/,
  ],
  ['street, Spanish name', { nameEs: 'Casa de la Calle Secreta' }, 'listing.nameEs', /private street address/],
  [
    'street, current needs',
    {
      details: shelterDetails({
        currentNeeds: { text: { en: 'Coats. Drop off at Secreta Street.' }, expiresOn: '2030-01-01' },
      }),
    },
    'listing.details.currentNeeds.text.en',
    /private street address/,
  ],
];

test.each(LEAKS)(
  'a submission whose %s gives away the address is refused, naming the field',
  async (_what, fields, parameter, why) => {
    const before = await env.database.db
      .selectFrom('submission')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', aSubmission(fields));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ parameter, message: expect.stringMatching(why) }]);
    expect(res.body.error.details[0].message).toMatch(/confidential location must not publish it/);
    const after = await env.database.db
      .selectFrom('submission')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  },
);

test('the refusal is in Spanish for a Spanish speaker', async () => {
  const res = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ description: { en: 'A shelter.', es: 'Calle Secreta 1412' } }),
    { 'accept-language': 'es' },
  );
  expect(res.status).toBe(400);
  expect(res.body.error.details).toEqual([
    {
      parameter: 'listing.description.es',
      message: expect.stringMatching(
        /^contiene la dirección privada .* una ubicación confidencial no debe publicarla$/,
      ),
    },
  ]);
});

test('the same text is accepted for a listing whose address is public, and text that does not give it away passes', async () => {
  const open = aSubmission({
    description: { en: 'Next to 1412 Calle Secreta.' },
    details: { kind: 'accompaniment', services: ['court'] } as ListingInput['details'],
  });
  open.listing.location = { ...open.listing.location!, privacy: 'exact' };
  expect((await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', open)).status).toBe(201);
  const fine = aSubmission({
    description: { en: 'Call 915-555-1412 for the address; we serve 1412 families in 79902 and beyond.' },
  });
  expect((await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', fine)).status).toBe(201);
});

test('an edit-link change that adds the address to the text is refused and nothing is changed', async () => {
  const created = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name: 'Casa Editada' }),
  );
  expect(created.status).toBe(201);
  const res = await sendJson(
    env.server.baseUrl,
    'PUT',
    '/api/v1/edit/listing',
    { listing: aSubmission({ name: 'Casa Editada', description: { en: 'Ring at 1412 Secreta.' } }).listing },
    editHeaders(created.body.editToken),
  );
  expect(res.status).toBe(400);
  expect(res.body.error.details).toEqual([
    { parameter: 'listing.description.en', message: expect.stringMatching(/house number/) },
  ]);
  const view = await sendJson(
    env.server.baseUrl,
    'GET',
    '/api/v1/edit',
    undefined,
    editHeaders(created.body.editToken),
  );
  expect(view.body.listing.description.en).not.toMatch(/Secreta/);
});

test("a moderator's edit that adds the address is refused and the submission stays pending", async () => {
  const created = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name: 'Casa Moderada' }),
  );
  const edited = aSubmission({
    name: 'Casa Moderada',
    description: { en: 'A shelter.', es: 'Envíe a TX 79901.' },
  }).listing;
  const res = await sendJson(
    env.server.baseUrl,
    'POST',
    `/api/v1/moderation/submissions/${created.body.submissionId}/approve`,
    { listing: edited },
    moderatorHeaders(env.moderator),
  );
  expect(res.status).toBe(400);
  expect(res.body.error.details).toEqual([
    { parameter: 'listing.description.es', message: expect.stringMatching(/ZIP code/) },
  ]);
  const row = await env.database.db
    .selectFrom('submission')
    .select('status')
    .where('id', '=', created.body.submissionId)
    .executeTakeFirstOrThrow();
  expect(row.status).toBe('pending');
});

test('a pending submission stored with the address in its text (before the check existed) cannot be approved as it is', async () => {
  const created = await sendJson(
    env.server.baseUrl,
    'POST',
    '/api/v1/submissions',
    aSubmission({ name: 'Casa Antigua' }),
  );
  const leaked = aSubmission({ name: 'Casa Antigua', description: { en: 'At 1412 Calle Secreta.' } }).listing;
  await env.database.db
    .updateTable('submission')
    .set({ proposed: JSON.stringify({ ...leaked, status: 'pending', isDemo: false }) })
    .where('id', '=', created.body.submissionId)
    .execute();
  for (const [path, body] of [
    [`/submissions/${created.body.submissionId}/approve`, {}],
    ['/submissions/bulk', { action: 'approve', submissionIds: [created.body.submissionId] }],
  ] as const) {
    const res = await sendJson(
      env.server.baseUrl,
      'POST',
      `/api/v1/moderation${path}`,
      body,
      moderatorHeaders(env.moderator),
    );
    expect([res.status, res.body.error.code, res.body.error.details[0].parameter]).toEqual([
      400,
      'private_address_in_text',
      'listing.description.en',
    ]);
  }
  const row = await env.database.db
    .selectFrom('submission')
    .select('status')
    .where('id', '=', created.body.submissionId)
    .executeTakeFirstOrThrow();
  expect(row.status).toBe('pending');
});

test('the case found from outside: "1234 Zebrawood Boulevard" in the description and shipping address is refused and never searchable', async () => {
  const request = aSubmission({
    name: 'Casa Zebra',
    description: { en: 'Bring donations to 1234 Zebrawood Boulevard.' },
    details: shelterDetails({ shippingAddress: '1234 Zebrawood Boulevard, El Paso, TX 79901' }),
  });
  request.listing.location = {
    ...request.listing.location!,
    address: { address1: '1234 Zebrawood Boulevard', city: 'El Paso', state: 'TX', postalCode: '79901' },
  };
  const res = await sendJson(env.server.baseUrl, 'POST', '/api/v1/submissions', request);
  expect(res.status).toBe(400);
  expect(res.body.error.details.map((d: { parameter: string }) => d.parameter).sort()).toEqual([
    'listing.description.en',
    'listing.details.shippingAddress',
  ]);
  expect(res.body.error.message).toMatch(/private street address/);
  const search = await env.server.get('/api/v1/listings?near=31.77,-106.48&q=Zebrawood');
  expect([search.status, search.text.includes('Zebrawood')]).toEqual([200, false]);
});
