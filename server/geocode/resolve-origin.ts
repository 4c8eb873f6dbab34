// Turns the search's origin parameters (near, zip, place, bbox) into a point, a radius and a label.
import type { BoundingBox, SearchOrigin, SearchQuery } from '../contract/search';
import { EARTH_RADIUS_KM, greatCircleMetres } from '../db/geo';
import { ApiError } from '../http/errors';
import type { MessageLocale } from '../http/validate';
import { originMessages } from './origin-messages';
import { lookupPlace } from './place-lookup';
import { lookupZip } from './zip-lookup';

/** A resolved origin: where distances are measured from and which rows are in range. */
export interface ResolvedOrigin {
  origin: SearchOrigin;
  radiusMetres: number;
  bbox?: BoundingBox;
}

const ORIGIN_PARAMETERS = ['near', 'zip', 'place', 'bbox'] as const;

/** Resolves exactly one origin parameter; 400 when none or several are given, 404 for an unknown ZIP or place. */
export function resolveOrigin(
  query: Pick<SearchQuery, (typeof ORIGIN_PARAMETERS)[number] | 'radiusKm'>, // the facilities search uses it too
  locale: MessageLocale = 'en',
): ResolvedOrigin {
  const say = originMessages(locale);
  const given = ORIGIN_PARAMETERS.filter((p) => query[p] !== undefined);
  if (given.length === 0) throw new ApiError(400, 'missing_origin', say.missingOrigin);
  if (given.length > 1) throw new ApiError(400, 'conflicting_origins', say.conflictingOrigins(given));
  const radiusMetres = query.radiusKm * 1000;
  if (query.near) {
    const { latitude, longitude } = query.near;
    return {
      origin: { latitude, longitude, source: 'near', label: `${latitude},${longitude}`, approximate: false },
      radiusMetres,
    };
  }
  if (query.zip) {
    const zip = lookupZip(query.zip);
    if (!zip) throw new ApiError(404, 'unknown_zip', say.unknownZip(query.zip));
    const label = zip.city ? `${zip.zip} (${titleCase(zip.city)}, ${zip.state})` : zip.zip;
    const note = zip.searchedFrom ? say.zipWithoutArea(zip.zip, zip.searchedFrom) : undefined;
    return {
      origin: {
        latitude: zip.latitude,
        longitude: zip.longitude,
        source: 'zip',
        label,
        approximate: zip.approximate,
        ...(note ? { note } : {}),
      },
      radiusMetres,
    };
  }
  if (query.place) {
    const place = lookupPlace(query.place);
    if (!place) throw new ApiError(404, 'unknown_place', say.unknownPlace(query.place));
    const note = place.assumedState ? say.assumedState(place.label) : undefined;
    return {
      origin: {
        latitude: place.latitude,
        longitude: place.longitude,
        source: 'place',
        label: place.label,
        approximate: false,
        ...(note ? { note } : {}),
      },
      radiusMetres,
    };
  }
  const bbox = query.bbox as BoundingBox;
  const centre = boxCentre(bbox);
  return {
    origin: {
      ...centre,
      source: 'bbox',
      label: [bbox.west, bbox.south, bbox.east, bbox.north].join(','),
      approximate: false,
    },
    radiusMetres: farthestCornerMetres(bbox, centre) * 1.0001 + 10, // margin for rounding; the box test is exact
    bbox,
  };
}

/** The centre of a box, across the antimeridian when west > east. */
export function boxCentre(b: BoundingBox): { latitude: number; longitude: number } {
  const width = b.west <= b.east ? b.east - b.west : b.east + 360 - b.west;
  let longitude = b.west + width / 2;
  if (longitude > 180) longitude -= 360;
  return { latitude: (b.south + b.north) / 2, longitude };
}

// Within a latitude/longitude box the farthest point from the centre is a corner (distance is unimodal along each edge).
// Not in a box wider than 180°: there a meridian edge passes nearer the centre's antipode than its corners do
// (the world view -180..180 would lose Alaska and Hawaii), so take half the circumference, i.e. the whole sphere.
function farthestCornerMetres(b: BoundingBox, centre: { latitude: number; longitude: number }): number {
  const width = b.west <= b.east ? b.east - b.west : b.east + 360 - b.west;
  if (width > 180) return Math.PI * EARTH_RADIUS_KM * 1000;
  const corners = [
    { latitude: b.south, longitude: b.west },
    { latitude: b.south, longitude: b.east },
    { latitude: b.north, longitude: b.west },
    { latitude: b.north, longitude: b.east },
  ];
  return Math.max(...corners.map((c) => greatCircleMetres(centre, c)));
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
