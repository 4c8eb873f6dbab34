// US places and states as Spanish speakers write them ("Nueva York", "Filadelfia, Pensilvania"), so a search typed in
// Spanish finds the place. Only names in common use that differ from the English one after accents and case are
// folded (normalizePlaceName): "Los Ángeles" and "San José" already meet their GeoNames spelling. Sources: the titles
// of the places' articles on Spanish Wikipedia and the RAE's list of state names (Diccionario panhispánico de dudas).

/** Spanish names of US states, normalized (no accents, lower case), to their USPS codes. */
export const SPANISH_STATE_NAMES: Readonly<Record<string, string>> = {
  'carolina del norte': 'NC',
  'carolina del sur': 'SC',
  conecticut: 'CT',
  'dakota del norte': 'ND',
  'dakota del sur': 'SD',
  'distrito de columbia': 'DC',
  hawai: 'HI',
  luisiana: 'LA',
  masachusets: 'MA',
  minesota: 'MN',
  misisipi: 'MS',
  misuri: 'MO',
  'nueva jersey': 'NJ',
  'nueva york': 'NY',
  'nuevo hampshire': 'NH',
  'nuevo mexico': 'NM',
  pensilvania: 'PA',
  tejas: 'TX', // the older spelling, still seen
  tenesi: 'TN',
  'virginia occidental': 'WV',
};

/** A place with a Spanish name of its own: the Spanish name, the normalized GeoNames name it stands for, and its state. */
export interface SpanishPlaceName {
  spanish: string;
  english: string;
  state: string;
}

/** US places whose Spanish name differs from the English one. Looked up beside the English name, never instead of it. */
export const SPANISH_PLACE_NAMES: readonly SpanishPlaceName[] = [
  { spanish: 'Nueva York', english: 'new york city', state: 'NY' },
  { spanish: 'Filadelfia', english: 'philadelphia', state: 'PA' },
  { spanish: 'Nueva Orleans', english: 'new orleans', state: 'LA' },
  { spanish: 'San Luis', english: 'saint louis', state: 'MO' },
  { spanish: 'San Agustín', english: 'saint augustine', state: 'FL' },
  { spanish: 'San Petersburgo', english: 'saint petersburg', state: 'FL' },
  { spanish: 'Cayo Hueso', english: 'key west', state: 'FL' },
  { spanish: 'Cayo Largo', english: 'key largo', state: 'FL' },
  { spanish: 'Búfalo', english: 'buffalo', state: 'NY' },
];
