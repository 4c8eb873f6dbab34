// The HSDS 3.0 read API under /api/hsds (the reference API's paths). Thin: parse -> query -> map -> respond.
import { Router, type Request, type Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  HsdsOrganizationListQuery,
  HsdsOrganizationQuery,
  HsdsServiceListQuery,
  HsdsTaxonomyListQuery,
} from '../contract/hsds';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { parseInput, requestLocale, type MessageLocale } from '../http/validate';
import { lookupZip } from '../geocode/zip-lookup';
import { originMessages } from '../geocode/origin-messages';
import {
  countHsdsListings,
  findHsdsListing,
  findListingIdBySalId,
  listHsdsListings,
  countHsdsOrganizations,
  listHsdsOrganizationIds,
  listingsOfOrganizations,
  streamHsdsListings,
  type HsdsListingFilter,
} from './hsds.queries';
import {
  organizationWithServices,
  serviceAtLocationFull,
  serviceAtLocationListItem,
  serviceListItem,
  serviceOfRow,
} from './hsds.views';
import { hsdsTaxonomies, hsdsTaxonomyTerms, puenteTerm, taxonomyOf, TAXONOMY_KEYS } from './taxonomy';
import type { HsdsService } from './hsds-types';
import { drained, matchesSearch, NDJSON, page, pageWindow, sendList } from './hsds-answers';

/** What the HSDS routes need. */
export interface HsdsRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
}

/** The HSDS read API. */
export function hsdsRouter({ db, now }: HsdsRoutesOptions): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.vary('Accept-Language'); // errors come in the reader's language
    next();
  });

  router.get('/', (req, res) => {
    const base = `${req.protocol}://${req.get('host')}`;
    res.json({
      version: '3.0',
      profile: `${base}/api/hsds/taxonomy_terms?taxonomy_id=${taxonomyOf('profile').id}&per_page=100`,
      openapi_url: `${base}/api/openapi.json`,
    });
  });

  // Services and services at locations share their filters; a service_at_location exists for a listing with a place.
  const listServices = (asServiceAtLocation: boolean) => async (req: Request, res: Response) => {
    const locale = requestLocale(req);
    const query = parseInput(HsdsServiceListQuery, req.query, locale);
    const instant = now();
    const filter = { ...serviceFilter(query, locale), ...(asServiceAtLocation ? { withLocation: true } : {}) };
    const item = (service: HsdsService) =>
      asServiceAtLocation
        ? query.full
          ? serviceAtLocationFull(service)
          : serviceAtLocationListItem(service)
        : query.full
          ? service
          : serviceListItem(service);
    if (query.format === 'ndjson') {
      res.type(NDJSON);
      for await (const row of streamHsdsListings(db, instant, filter)) {
        if (res.destroyed) return; // the client went away: read no further batches
        // A slow reader holds the stream back rather than the whole directory piling up in memory.
        if (!res.write(`${JSON.stringify(item(serviceOfRow(row, instant)))}\n`)) await drained(res);
      }
      res.end();
      return;
    }
    const [total, rows] = await Promise.all([
      countHsdsListings(db, filter),
      listHsdsListings(db, instant, filter, pageWindow(query)),
    ]);
    res.json(
      page(
        rows.map((row) => item(serviceOfRow(row, instant))),
        total,
        query,
      ),
    );
  };
  router.get('/services', listServices(false));
  router.get('/service_at_locations', listServices(true));

  router.get('/services/:id', async (req, res) => {
    const instant = now();
    const row = await findById(db, req.params.id, instant);
    if (!row) throw notFound('service', requestLocale(req));
    res.json(serviceOfRow(row, instant));
  });

  router.get('/service_at_locations/:id', async (req, res) => {
    const instant = now();
    const id = z.uuid().safeParse(req.params.id);
    const listingId = id.success ? await findListingIdBySalId(db, id.data.toLowerCase()) : undefined;
    const row = listingId ? await findHsdsListing(db, listingId, instant) : undefined;
    const sal = row ? serviceAtLocationFull(serviceOfRow(row, instant)) : undefined;
    if (!sal) throw notFound('service_at_location', requestLocale(req));
    res.json(sal);
  });

  router.get('/organizations', async (req, res) => {
    const locale = requestLocale(req);
    const query = parseInput(HsdsOrganizationListQuery, req.query, locale);
    const instant = now();
    // Organizations with their services (full), or their one-to-one fields only.
    const organizationsOf = async (ids: string[]) => {
      const services = (await listingsOfOrganizations(db, instant, ids)).map((row) => serviceOfRow(row, instant));
      return ids.map((id) => {
        const nested = organizationWithServices(
          services.filter((s) => s.organization_id === id),
          query.full_service === true,
        );
        if (query.full || query.full_service) return nested;
        const { services: _services, ...organization } = nested;
        return organization;
      });
    };
    if (query.format === 'ndjson') {
      res.type(NDJSON);
      for (let after: string | undefined; ;) {
        const ids = await listHsdsOrganizationIds(db, query.search, { after, limit: 500 });
        for (const organization of await organizationsOf(ids)) {
          if (res.destroyed) return;
          if (!res.write(`${JSON.stringify(organization)}\n`)) await drained(res);
        }
        if (ids.length < 500) break;
        after = ids.at(-1);
      }
      res.end();
      return;
    }
    const [total, ids] = await Promise.all([
      countHsdsOrganizations(db, query.search),
      listHsdsOrganizationIds(db, query.search, pageWindow(query)),
    ]);
    res.json(page(await organizationsOf(ids), total, query));
  });

  router.get('/organizations/:id', async (req, res) => {
    const locale = requestLocale(req);
    const query = parseInput(HsdsOrganizationQuery, req.query, locale);
    const id = z.uuid().safeParse(req.params.id);
    const instant = now();
    const rows = id.success ? await listingsOfOrganizations(db, instant, [id.data]) : [];
    if (rows.length === 0) throw notFound('organization', locale);
    res.json(
      organizationWithServices(
        rows.map((row) => serviceOfRow(row, instant)),
        query.full_service === true,
      ),
    );
  });

  router.get('/taxonomies', (req, res) => {
    const query = parseInput(HsdsTaxonomyListQuery, req.query, requestLocale(req));
    const matches = hsdsTaxonomies().filter((t) => matchesSearch(query.search, t.name, t.description));
    sendList(res, matches, query);
  });

  router.get('/taxonomies/:id', (req, res) => {
    const taxonomy = hsdsTaxonomies().find((t) => t.id === req.params.id.toLowerCase());
    if (!taxonomy) throw notFound('taxonomy', requestLocale(req));
    res.json(taxonomy);
  });

  router.get('/taxonomy_terms', (req, res) => {
    const query = parseInput(HsdsTaxonomyListQuery, req.query, requestLocale(req));
    const matches = hsdsTaxonomyTerms().filter(
      (t) =>
        (!query.taxonomy_id || t.taxonomy_id === query.taxonomy_id.toLowerCase()) &&
        !query.parent_id && // no term has a parent
        matchesSearch(query.search, t.name, t.code, t.description),
    );
    sendList(res, matches, query);
  });

  router.get('/taxonomy_terms/:id', (req, res) => {
    const term = hsdsTaxonomyTerms().find((t) => t.id === req.params.id.toLowerCase());
    if (!term) throw notFound('taxonomy_term', requestLocale(req));
    res.json(term);
  });

  return router;
}

/** The query's filters as the queries take them: terms and taxonomies resolved, the postcode to its centre. */
function serviceFilter(query: z.output<typeof HsdsServiceListQuery>, locale: MessageLocale): HsdsListingFilter {
  const filter: HsdsListingFilter = {
    ...(query.search ? { search: query.search } : {}),
    ...(query.organization_id ? { organizationId: query.organization_id.toLowerCase() } : {}),
    ...(query.modified_after ? { modifiedAfter: new Date(query.modified_after) } : {}),
  };
  if (query.taxonomy_term_id)
    filter.term = puenteTerm({ taxonomy_term_id: query.taxonomy_term_id.toLowerCase() }) ?? 'none';
  if (query.taxonomy_id) {
    const id = query.taxonomy_id.toLowerCase();
    filter.taxonomy = TAXONOMY_KEYS.find((key) => taxonomyOf(key).id === id) ?? 'none';
  }
  if (query.postcode) {
    const zip = lookupZip(query.postcode);
    if (!zip) throw new ApiError(404, 'unknown_zip', originMessages(locale).unknownZip(query.postcode));
    filter.origin = {
      latitude: zip.latitude,
      longitude: zip.longitude,
      ...(query.proximity !== undefined ? { withinMetres: query.proximity } : {}),
    };
  }
  return filter;
}

async function findById(db: Kysely<Database>, id: string, now: Date) {
  const parsed = z.uuid().safeParse(id);
  return parsed.success ? findHsdsListing(db, parsed.data.toLowerCase(), now) : undefined;
}

const NOT_FOUND_EN: Record<string, string> = {
  service: 'No published service has this id. It may have been removed; list /api/hsds/services again.',
  service_at_location: 'No published service at a location has this id; list /api/hsds/service_at_locations again.',
  organization: 'No organization with a published service has this id; list /api/hsds/organizations again.',
  taxonomy: 'No taxonomy has this id; see /api/hsds/taxonomies.',
  taxonomy_term: 'No taxonomy term has this id; see /api/hsds/taxonomy_terms.',
};
const NOT_FOUND_ES: Record<string, string> = {
  service: 'Ningún servicio publicado tiene este id. Puede haber sido retirado; vuelva a consultar /api/hsds/services.',
  service_at_location: 'Ningún servicio en un lugar tiene este id; vuelva a consultar /api/hsds/service_at_locations.',
  organization: 'Ninguna organización con un servicio publicado tiene este id; consulte /api/hsds/organizations.',
  taxonomy: 'Ninguna taxonomía tiene este id; consulte /api/hsds/taxonomies.',
  taxonomy_term: 'Ningún término tiene este id; consulte /api/hsds/taxonomy_terms.',
};

function notFound(what: string, locale: MessageLocale): ApiError {
  return new ApiError(404, `${what}_not_found`, (locale === 'es' ? NOT_FOUND_ES : NOT_FOUND_EN)[what]!);
}
