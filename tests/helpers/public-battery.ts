// The public requests an attacker might make around a confidential shelter, and their answers to the byte.
import type { TestServer } from './test-server';
import { ll, destination, type Scene } from './confidential-scene';
import type { Point } from '../../server/listings/public-point';
import { greatCircleMetres } from '../../server/db/geo';
import { lookupPlace } from '../../server/geocode/place-lookup';
import { lookupZip } from '../../server/geocode/zip-lookup';

export type PublicRequest = { path: string; headers?: Record<string, string>; pages?: number }; // pages: follow nextCursor up to this many

/** The battery of public requests an attacker might make around the shelter (about 60, to keep runs quick). */
export function publicRequests(s: Scene): PublicRequest[] {
  const L = '/api/v1/listings';
  const c = s.centre;
  const km = (a: Point, b: Point) => greatCircleMetres(a, b) / 1000;
  const [south, west, north, east] = s.cell;
  const nearTruth = destination(s.truePoint, 0.01, 45);
  const threeKm = destination(c, 3, 110);
  const origins = [
    c,
    s.truePoint,
    s.movedTo,
    nearTruth,
    { latitude: south, longitude: west },
    threeKm,
    destination(c, 15, 250),
  ];
  const requests: PublicRequest[] = origins.map((o, i) => ({
    path: `${L}?near=${ll(o)}${i % 2 ? '' : '&radiusKm=25&limit=100'}`,
  }));
  // Radii that put the public point, or either true point, right on the boundary.
  for (const o of [s.truePoint, s.movedTo, threeKm]) {
    for (const r of [km(o, c) - 0.0005, km(o, c) + 0.0005, km(o, s.truePoint), km(o, s.movedTo)]) {
      if (r >= 0.1) requests.push({ path: `${L}?near=${ll(o)}&radiusKm=${r}&limit=100` });
    }
  }
  for (const [param, value, origin] of [
    ['zip', s.zip, lookupZip(s.zip)],
    ['place', encodeURIComponent(s.place), lookupPlace(s.place)],
  ] as const) {
    requests.push({ path: `${L}?${param}=${value}&format=geojson` });
    const d = origin ? km(origin, c) : 1;
    for (const r of [d - 0.0005, d + 0.0005])
      if (r >= 0.1 && r <= 500) requests.push({ path: `${L}?${param}=${value}&radiusKm=${r}&limit=100` });
  }
  // Map views whose edges run through the true points or the centre.
  const box = (w: number, s_: number, e: number, n_: number, limit = 100) =>
    `${L}?bbox=${w},${s_},${e},${n_}&limit=${limit}`;
  for (const lat of [s.truePoint.latitude, s.movedTo.latitude])
    requests.push({ path: box(c.longitude - 0.1, lat, c.longitude + 0.1, lat + 0.2) });
  for (const lng of [s.truePoint.longitude, s.movedTo.longitude])
    requests.push({ path: box(lng - 0.2, c.latitude - 0.1, lng, c.latitude + 0.1) });
  requests.push(
    { path: box(c.longitude - 0.1, c.latitude, c.longitude + 0.1, c.latitude + 0.2) },
    { path: box(c.longitude - 0.1, c.latitude - 0.2, c.longitude + 0.1, c.latitude - 1e-9) },
    { path: box(c.longitude, c.latitude - 0.1, c.longitude + 0.2, c.latitude + 0.1) },
    { path: box(c.longitude - 0.2, c.latitude - 0.1, c.longitude - 1e-9, c.latitude + 0.1) },
    { path: `${box(west, south, east, north)}&format=geojson` },
  );
  // Text, facets, GeoJSON by Accept, details.
  requests.push(
    { path: `${L}?near=${ll(s.truePoint)}&q=Casa%20Esperanza&radiusKm=10` },
    { path: `${L}?near=${ll(c)}&q=Calle%20Secreta` },
    { path: `${box(west, south, east, north)}&q=libros` },
    { path: `${L}?near=${ll(s.truePoint)}&kind=shelter,foster_care&accepts=books&radiusKm=5` },
    { path: `${L}?near=${ll(c)}&kind=legal_help` },
    { path: `${L}?near=${ll(c)}&service=court&language=es&openNow=false` },
    { path: `${L}?near=${ll(s.truePoint)}&radiusKm=5`, headers: { accept: 'application/geo+json' } },
    // Nothing within 1 km, so the answer names the nearest beyond it: only the shelter takes toys (nearestBeyond).
    { path: `${L}?near=${ll(destination(c, 30, 200))}&kind=shelter&accepts=toys&radiusKm=1` },
    { path: `${L}?near=${ll(destination(s.truePoint, 9, 20))}&kind=shelter&accepts=toys&radiusKm=1&format=geojson` },
    { path: `${L}/${s.id}` },
    { path: `${L}/${s.otherConfidentialId}` },
  );
  // Pages of 1..3 results: cursors carry the public KNN key, signed with the test server's fixed secret.
  requests.push(
    { path: `${L}?near=${ll(c)}&radiusKm=15&limit=1`, pages: 4 },
    { path: `${L}?near=${ll(s.truePoint)}&radiusKm=15&limit=2`, pages: 4 },
    { path: `${L}?near=${ll(threeKm)}&radiusKm=15&limit=3`, pages: 4 },
    { path: `${L}?near=${ll(c)}&q=esperanza&limit=1`, pages: 4 },
  );
  // The needs feed, which names the shelter by the same search: a radius edge through the public point, the ZIP, the
  // place (decision 0065). Not from the true point: the feed's id and title echo the asker's origin, as `origin` does.
  const F = '/feeds/needs.atom';
  const edge = km(threeKm, c);
  requests.push(
    { path: `${F}?near=${ll(c)}&radiusKm=25` },
    { path: `${F}?near=${ll(threeKm)}&radiusKm=${edge - 0.0005}` },
    { path: `${F}?near=${ll(threeKm)}&radiusKm=${edge + 0.0005}` },
    { path: `${F}?zip=${s.zip}&lang=es` },
    { path: `${F}?place=${encodeURIComponent(s.place)}` },
  );
  return requests;
}

/** Every response to the battery as status, content type, length, ETag and exact body text, keyed by request (and page). */
export async function snapshot(server: TestServer, requests: PublicRequest[]): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const request of requests) {
    let path: string | undefined = request.path;
    for (let page = 0; path && page < (request.pages ?? 1); page++) {
      const res = await server.get(path, request.headers);
      const head = [res.status, ...['content-type', 'content-length', 'etag'].map((h) => res.headers.get(h))].join(' ');
      answers.set(`${request.path} ${JSON.stringify(request.headers ?? {})} page ${page}`, `${head}\n${res.text}`);
      const cursor = res.body?.nextCursor as string | null | undefined;
      path = cursor ? `${request.path}&cursor=${encodeURIComponent(cursor)}` : undefined;
    }
  }
  return answers;
}

/** The text to search for leaked coordinates: the body without the echo of the asker's own origin, plus every cursor's JSON. */
export function answerSurface(answer: string): string {
  const body = answer.slice(answer.indexOf('\n') + 1);
  let text = body;
  try {
    const { origin: _asked, bbox: _view, ...rest } = JSON.parse(body) as Record<string, unknown>;
    text = JSON.stringify(rest);
  } catch {
    // not JSON: search it whole
  }
  const cursors = [...body.matchAll(/"nextCursor":"([^"]+)"/g)].map((m) =>
    Buffer.from(m[1]!.split('.')[0]!, 'base64url').toString('utf8'),
  );
  return [text, ...cursors].join('\n');
}

/** Ways an exact coordinate could be written: full, and rounded to 3..6 decimals. */
export const coordinateStrings = (p: Point) =>
  [p.latitude, p.longitude].flatMap((v) => [String(v), ...[3, 4, 5, 6].map((d) => v.toFixed(d))]);
