// The text a listing is found by: public fields only, never the private address of a confidential listing.
import type { ListingInputParsed } from '../contract/listing';

// Words people type for each vocabulary value, in English and Spanish, so q=libros finds shelters taking books.
const SEARCH_WORDS: Record<string, string> = {
  shelter: 'shelter respite centre center albergue refugio casa',
  visitation_program: 'detention visitation visits visitas detención',
  accompaniment: 'accompaniment court check-in acompañamiento corte',
  task_force: 'task force government grupo de trabajo gobierno',
  legal_help: 'legal help lawyer attorney ayuda legal abogado',
  foster_care: 'foster care unaccompanied children cuidado de crianza menores no acompañados',
  clothing: 'clothing clothes ropa',
  books: 'books libros',
  toys: 'toys stuffed animals juguetes peluches',
  art_supplies: 'art supplies materiales de arte',
  school_supplies: 'school supplies útiles escolares',
  hygiene: 'hygiene higiene',
  baby_supplies: 'baby supplies diapers artículos para bebé pañales',
  food: 'food comida alimentos',
  story_time: 'story time reading cuentos lectura',
  art_projects: 'art projects proyectos de arte',
  tutoring: 'tutoring tutoría',
  play_and_childcare: 'play childcare juego cuidado de niños',
  meal_service: 'meals comidas',
  sorting_donations: 'sorting donations clasificar donaciones',
  interpreting: 'interpreting interpreter interpretación intérprete',
  rides: 'rides transportation transporte',
  court: 'court immigration court corte de inmigración',
  ice_checkin: 'ICE check-in cita con ICE',
  childcare: 'childcare babysitting cuidado de niños',
};

const words = (keys: readonly string[]) => keys.map((k) => SEARCH_WORDS[k] ?? k.replace(/_/g, ' '));

/** Joins the listing's public text into the document its search_vector is built from. */
export function buildSearchDocument(listing: ListingInputParsed, facilityWords: readonly string[] = []): string {
  const d = listing.details;
  const parts: Array<string | undefined> = [
    listing.name,
    listing.nameEs,
    listing.organization.name,
    listing.description.en,
    listing.description.es,
    listing.location?.address.city,
    listing.location?.address.state,
    ...words([d.kind]),
  ];
  switch (d.kind) {
    case 'shelter':
      // Current needs are left out on purpose: they expire, and a stale need must not keep matching.
      parts.push(...words(d.acceptedGoods), ...words(d.volunteerActivities));
      break;
    case 'visitation_program':
      parts.push(d.facility.name, d.facility.city, d.facility.state);
      break;
    case 'accompaniment':
      // With the names and places of the facilities it meets released people from (decision 0061).
      parts.push(...words(d.services), ...facilityWords);
      break;
    case 'task_force':
      parts.push(d.jurisdiction.name, d.governmentBody);
      break;
    default:
      break;
  }
  return parts.filter((p): p is string => Boolean(p)).join(' \n ');
}
