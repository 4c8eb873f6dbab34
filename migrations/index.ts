// Every migration, by name in run order. A static list (not a folder scan) so jest, tsx and bundlers load them alike.
import type { Migration } from 'kysely';
import * as createListingTables from './20261127T2010_create_listing_tables';
import * as spatialOrder from './20261127T2300_spatial_order';
import * as moderators from './20261127T2320_moderators';
import * as submissionsAndModeration from './20261127T2330_submissions_and_moderation';
import * as listingContent from './20261128T0600_listing_content';
import * as listingNameEs from './20261203T1600_listing_name_es';
import * as indexComments from './20261203T1830_index_comments';
import * as importsAndZipPoints from './20261204T1600_imports_and_zip_points';
import * as rateLimitHits from './20261204T1700_rate_limit_hits';
import * as facilities from './20261205T0900_facilities';
import * as facilityReferences from './20261205T0910_facility_references';
import * as volunteerSkills from './20261205T0920_volunteer_skills';

/** Migrations keyed by their timestamped name; Kysely runs them in name order. */
export const migrations: Record<string, Migration> = {
  '20261127T2010_create_listing_tables': createListingTables,
  '20261127T2300_spatial_order': spatialOrder,
  '20261127T2320_moderators': moderators,
  '20261127T2330_submissions_and_moderation': submissionsAndModeration,
  '20261128T0600_listing_content': listingContent,
  '20261203T1600_listing_name_es': listingNameEs,
  '20261203T1830_index_comments': indexComments,
  '20261204T1600_imports_and_zip_points': importsAndZipPoints,
  '20261204T1700_rate_limit_hits': rateLimitHits,
  '20261205T0900_facilities': facilities,
  '20261205T0910_facility_references': facilityReferences,
  '20261205T0920_volunteer_skills': volunteerSkills,
};
