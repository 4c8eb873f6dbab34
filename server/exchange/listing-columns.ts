// The Puente CSV's columns: one table that the writer, the reader, the template and the README's column list all read,
// so a new column is one entry here plus its two lines in flat-listing.ts.

/** One column of the Puente CSV. */
export interface ListingColumn {
  name: string; // the header the export writes (English snake_case)
  es: string; // the Spanish header the import also accepts (headers are matched case- and accent-insensitively)
  required: boolean; // a file without this column is refused as a whole
  en: string; // what the column holds, for the README and the template
  esText: string; // the same in Spanish
}

const column = (name: string, es: string, en: string, esText: string, required = false): ListingColumn => ({
  name,
  es,
  required,
  en,
  esText,
});

// Two columns for a text in both languages: `<name>_en` and `<name>_es`.
const bilingual = (name: string, es: string, en: string, esText: string): ListingColumn[] => [
  column(`${name}_en`, `${es}_en`, `${en} (English)`, `${esText} (inglés)`),
  column(`${name}_es`, `${es}_es`, `${en} (Spanish)`, `${esText} (español)`),
];

/** Every column, in the order the export writes them. */
export const LISTING_COLUMNS = [
  column(
    'id',
    'id',
    "The listing's id: its UUID in an export, or your own id for the row (keep it to update the row later)",
    'El id del listado: su UUID en una exportación, o su propio id para la fila (consérvelo para actualizarla)',
  ),
  column(
    'kind',
    'tipo',
    'shelter, visitation_program, accompaniment, task_force, legal_help or foster_care',
    'shelter, visitation_program, accompaniment, task_force, legal_help o foster_care (o albergue, ...)',
    true,
  ),
  column('name', 'nombre', "The listing's name", 'El nombre del listado', true),
  column(
    'name_es',
    'nombre_es',
    'Its name in Spanish, when it has its own',
    'Su nombre en español, si tiene uno propio',
  ),
  column('organization_name', 'organizacion', 'The organization behind it', 'La organización responsable', true),
  column(
    'organization_website',
    'sitio_web_organizacion',
    "The organization's website",
    'El sitio web de la organización',
  ),
  column('organization_email', 'correo_organizacion', "The organization's email", 'El correo de la organización'),
  ...bilingual(
    'description',
    'descripcion',
    'What it does (English or Spanish, or both)',
    'Qué hace (inglés o español, o ambos)',
  ),
  column(
    'privacy',
    'privacidad',
    'exact (address and pin public) or confidential (only a ~5 km area and the city). A shelter left blank is imported confidential',
    'exact/exacta (dirección y punto públicos) o confidential/confidencial (solo un área de ~5 km y la ciudad). Un albergue en blanco se importa confidencial',
  ),
  column('address_1', 'direccion_1', 'Street address', 'Dirección (calle y número)'),
  column('address_2', 'direccion_2', 'Suite, floor', 'Interior, piso'),
  column('city', 'ciudad', 'City (required unless nationwide)', 'Ciudad (obligatoria salvo si es nacional)'),
  column('state', 'estado', 'State, two letters (TX)', 'Estado, dos letras (TX)'),
  column('postal_code', 'codigo_postal', 'ZIP code (79901)', 'Código postal (79901)'),
  column(
    'latitude',
    'latitud',
    "Latitude, decimal degrees; blank: the ZIP code's centre",
    'Latitud en grados decimales; en blanco: el centro del código postal',
  ),
  column(
    'longitude',
    'longitud',
    'Longitude, decimal degrees (negative in the US)',
    'Longitud en grados decimales (negativa en EE. UU.)',
  ),
  column(
    'point_from_zip',
    'punto_del_codigo_postal',
    "yes when the point is the ZIP code's centre, not the place itself",
    'yes/sí cuando el punto es el centro del código postal, no el lugar mismo',
  ),
  column(
    'service_area',
    'area_de_servicio',
    'radius, states or nationwide (blank: radius)',
    'radius/radio, states/estados o nationwide/nacional (en blanco: radio)',
  ),
  column(
    'service_radius_km',
    'radio_km',
    'With radius: how far it helps, km (blank: 50)',
    'Con radio: hasta dónde ayuda, km (en blanco: 50)',
  ),
  column(
    'service_states',
    'estados_de_servicio',
    'With states: the states, joined by ; (TX;NM)',
    'Con estados: los estados, separados por ; (TX;NM)',
  ),
  column(
    'phones',
    'telefonos',
    'Phone numbers joined by ; an extension as x123 (915-555-0100 x12;1-800-555-0199)',
    'Teléfonos separados por ; la extensión como x123 (915-555-0100 x12;1-800-555-0199)',
  ),
  column('email', 'correo', 'Email for the public', 'Correo para el público'),
  column('website', 'sitio_web', 'Website (https://...)', 'Sitio web (https://...)'),
  column(
    'languages',
    'idiomas',
    'Languages spoken, ISO codes joined by ; (en;es;quc)',
    'Idiomas, códigos ISO separados por ; (en;es;quc)',
  ),
  column(
    'hours',
    'horario',
    'Opening hours by day: Mon 09:00-17:00; Tue 9am-5pm, 6-8pm; Sat-Sun closed (English or Spanish day names)',
    'Horario por día: lun 9 a 17; mar 09:00-17:00; sáb-dom cerrado (días en español o inglés)',
  ),
  column(
    'time_zone',
    'zona_horaria',
    'IANA time zone of the hours (America/Chicago); blank: America/Chicago',
    'Zona horaria IANA del horario (America/Chicago); en blanco: America/Chicago',
  ),
  ...bilingual('hours_notes', 'notas_horario', 'Holidays, appointments', 'Días festivos, citas'),
  column(
    'accepted_goods',
    'donativos_aceptados',
    'Shelters: goods accepted, joined by ; (clothing;books;toys;art_supplies;school_supplies;hygiene;baby_supplies;food)',
    'Albergues: donativos aceptados, separados por ; (clothing;books;toys;...)',
  ),
  column(
    'volunteer_activities',
    'actividades_voluntarias',
    'Shelters: volunteer activities, joined by ; (story_time;art_projects;tutoring;play_and_childcare;meal_service;sorting_donations;interpreting;rides)',
    'Albergues: actividades de voluntariado, separadas por ; (story_time;tutoring;...)',
  ),
  ...bilingual('current_needs', 'necesidades', 'Shelters: what they need now', 'Albergues: lo que necesitan ahora'),
  column(
    'current_needs_until',
    'necesidades_hasta',
    'Last day the needs are shown (YYYY-MM-DD)',
    'Último día en que se muestran (AAAA-MM-DD)',
  ),
  column(
    'drop_off_hours',
    'horario_entrega',
    'Shelters: when to drop off goods (like hours)',
    'Albergues: cuándo entregar donativos (como horario)',
  ),
  ...bilingual(
    'drop_off_notes',
    'notas_entrega',
    'Shelters: notes on drop-off hours',
    'Albergues: notas del horario de entrega',
  ),
  column('shipping_address', 'direccion_envio', 'Shelters: where to ship goods', 'Albergues: adónde enviar donativos'),
  column(
    'facility_code',
    'centro_codigo',
    'Visitation programs: the code of a listed detention facility (GET /api/v1/facilities); its name and place then come from it',
    'Programas de visitas: el código de un centro de detención de la lista; su nombre y lugar vienen entonces de él',
  ),
  column(
    'facility_name',
    'centro_nombre',
    'Visitation programs: the detention facility',
    'Programas de visitas: el centro de detención',
  ),
  column(
    'facility_city',
    'centro_ciudad',
    "Visitation programs: the facility's city",
    'Programas de visitas: la ciudad del centro',
  ),
  column(
    'facility_state',
    'centro_estado',
    "Visitation programs: the facility's state",
    'Programas de visitas: el estado del centro',
  ),
  ...bilingual(
    'visiting_schedule',
    'horario_visitas',
    'Visitation programs: when visits happen',
    'Programas de visitas: cuándo se visita',
  ),
  ...bilingual(
    'how_to_sign_up',
    'como_inscribirse',
    'Visitation and accompaniment: how to volunteer',
    'Visitas y acompañamiento: cómo inscribirse',
  ),
  column(
    'services',
    'servicios',
    'Accompaniment: services, joined by ; (court;ice_checkin;interpreting;childcare;rides)',
    'Acompañamiento: servicios, separados por ; (court;ice_checkin;interpreting;childcare;rides)',
  ),
  column(
    'released_from',
    'liberados_de',
    'Accompaniment: codes of the detention facilities whose released people the group accompanies, joined by ;',
    'Acompañamiento: códigos de los centros de detención de cuyos liberados se ocupa el grupo, separados por ;',
  ),
  column(
    'jurisdiction_level',
    'jurisdiccion_nivel',
    'Task forces: city, county or state',
    'Grupos de trabajo: city/ciudad, county/condado o state/estado',
  ),
  column(
    'jurisdiction_name',
    'jurisdiccion_nombre',
    'Task forces: the jurisdiction (El Paso County)',
    'Grupos de trabajo: la jurisdicción',
  ),
  column(
    'jurisdiction_state',
    'jurisdiccion_estado',
    "Task forces: the jurisdiction's state",
    'Grupos de trabajo: el estado de la jurisdicción',
  ),
  column(
    'government_body',
    'organo_de_gobierno',
    'Task forces: the government body',
    'Grupos de trabajo: el órgano de gobierno',
  ),
  ...bilingual(
    'meeting_schedule',
    'calendario_reuniones',
    'Task forces: when they meet',
    'Grupos de trabajo: cuándo se reúnen',
  ),
  ...bilingual(
    'public_participation',
    'participacion_publica',
    'Task forces: how the public takes part',
    'Grupos de trabajo: cómo participa el público',
  ),
  column(
    'meetings',
    'reuniones',
    'Task forces: public meetings in the time_zone, ; between them: 2026-03-03 18:30-20:00 weekly | place: City Hall | online: https://... | note_en: ... | note_es: ... (monthly: the same weekday of the month)',
    'Grupos de trabajo: reuniones públicas en la zona_horaria, separadas por ; : 2026-03-03 18:30-20:00 semanal | lugar: Ayuntamiento | en_linea: https://... | nota_es: ... (mensual: el mismo día de la semana del mes)',
  ),
  ...bilingual(
    'who_can_get_help',
    'quien_recibe_ayuda',
    'Legal help: who can get help',
    'Ayuda legal: quién recibe ayuda',
  ),
  ...bilingual(
    'how_to_get_help',
    'como_recibir_ayuda',
    'Legal help: how to get help',
    'Ayuda legal: cómo recibir ayuda',
  ),
  column(
    'serves_unaccompanied_children',
    'atiende_menores_no_acompanados',
    'Foster care: yes or no (blank: yes)',
    'Acogida: yes/sí o no (en blanco: sí)',
  ),
  ...bilingual(
    'how_to_become_a_foster_parent',
    'como_ser_familia_de_acogida',
    'Foster care: how to become a foster parent',
    'Acogida: cómo ser familia de acogida',
  ),
  column(
    'last_verified_on',
    'verificado_el',
    'Last day the listing was checked (YYYY-MM-DD)',
    'Último día en que se verificó (AAAA-MM-DD)',
  ),
  column(
    'is_demo',
    'es_demostracion',
    'yes for sample data, shown as such',
    'yes/sí para datos de muestra, que se muestran como tales',
  ),
] as const satisfies readonly ListingColumn[];

/** A column's English name. */
export type ColumnName = (typeof LISTING_COLUMNS)[number]['name'];

/** A listing as one spreadsheet row: strings and numbers only, blank cells absent. */
export type FlatListing = Partial<Record<ColumnName, string | number>>;

/** The header as people type it: lower case, no accents, spaces and dashes as underscores ("Código postal" = codigo_postal). */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const BY_KEY = new Map<string, ColumnName>(
  LISTING_COLUMNS.flatMap((c) => [[headerKey(c.name), c.name] as const, [headerKey(c.es), c.name] as const]),
);

/** The column a header names, in English or Spanish; undefined for a column Puente does not read. */
export function columnForHeader(header: string): ColumnName | undefined {
  return BY_KEY.get(headerKey(header));
}

/** The columns a file must have. */
export const REQUIRED_COLUMNS = LISTING_COLUMNS.filter((c) => c.required);
