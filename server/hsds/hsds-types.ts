// The HSDS 3.0 objects Puente writes and reads, as TypeScript: only the fields Puente uses (the spec has more, all
// optional). Their JSON Schemas are the spec's own (../shared/hsds/schema/compiled/), checked in tests/api/hsds-*.
import type { HsdsTaxonomyTerm } from './taxonomy';

/** A link from an entity to a taxonomy term, with an optional value: HSDS's extension point. */
export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_entity?: string;
  link_type?: string; // in the Puente profile: the HSDS field a text_es / text_language attribute is about
  taxonomy_term_id?: string;
  value?: string;
  taxonomy_term?: Partial<HsdsTaxonomyTerm> & { id?: string };
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  number: string;
  extension?: number;
  description?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  dtstart?: string; // YYYY-MM-DD: the first date (a task force's meetings)
  freq?: 'WEEKLY' | 'MONTHLY';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  schedule_link?: string;
  description?: string;
  attending_type?: string;
  notes?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsAddress {
  id: string;
  location_id?: string;
  address_1: string;
  address_2?: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  organization_id?: string;
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  attributes?: HsdsAttribute[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  description?: string;
  location?: HsdsLocation;
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  name?: string;
  code?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  description?: string;
  attributes?: HsdsAttribute[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  email?: string;
}

/** A fully nested HSDS service: one Puente listing. */
export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  application_process?: string;
  eligibility_description?: string;
  assured_date?: string;
  alert?: string;
  last_modified?: string;
  organization?: HsdsOrganization;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  attributes?: HsdsAttribute[];
}
