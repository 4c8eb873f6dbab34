// Demo local listings (marked isDemo), one file per metro in seeds/demo/, merged here for the seed script.
// Every organization, address, phone (555-01xx) and website (example.org) in them is fictional.
import type { ListingInput } from '../server/contract/listing';
import { elPasoListings } from './demo/el-paso';
import { sanDiegoListings } from './demo/san-diego';
import { tucsonListings } from './demo/tucson';
import { mcallenListings } from './demo/mcallen';
import { sanAntonioListings } from './demo/san-antonio';
import { houstonListings } from './demo/houston';
import { chicagoListings } from './demo/chicago';
import { newYorkListings } from './demo/new-york';
import { denverListings } from './demo/denver';
import { losAngelesListings } from './demo/los-angeles';
import { miamiListings } from './demo/miami';

/** Sample listings of every local kind in border and interior metro areas, keyed by seed name ('demo-<metro>-<kind>'). */
export const demoListings: Record<string, ListingInput> = {
  ...elPasoListings,
  ...sanDiegoListings,
  ...tucsonListings,
  ...mcallenListings,
  ...sanAntonioListings,
  ...houstonListings,
  ...chicagoListings,
  ...newYorkListings,
  ...denverListings,
  ...losAngelesListings,
  ...miamiListings,
};
