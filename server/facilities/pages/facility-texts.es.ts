// Las páginas de centros de detención en español. Solo texto fijo; el texto de los centros y de los anuncios llega
// por las vistas, escapado por la etiqueta `html`.
import { html } from '../../about/safe-html';
import type { FacilityTexts } from './facility-texts';

/** Spanish. */
export const FACILITY_TEXTS_ES: FacilityTexts = {
  types: {
    ice_processing_center: 'Centro de procesamiento de ICE',
    contract_facility: 'Centro de detención por contrato',
    county_jail: 'Cárcel del condado que detiene personas para ICE',
    family_residential_center: 'Centro residencial familiar',
    other: 'Centro de detención',
  },
  sampleBadge: 'Centro de ejemplo: datos de demostración, no es un lugar real',
  sampleShort: 'Centro de ejemplo',
  facts: {
    type: 'Tipo',
    operator: 'Administrado por',
    address: 'Dirección',
    fieldOffice: 'Oficina local de ICE',
    visitingPhone: 'Información para visitas',
    source: 'Fuente',
    asOf: (date) => `al ${date}`,
  },
  seeOnMap: 'Ver en el mapa',
  nearHere: 'Otros centros cerca de aquí',
  allNear: 'Centros de detención cerca de usted',
  visitorsHeading: 'Quién visita a las personas detenidas aquí',
  accompaniersHeading: 'Quién acompaña a las personas que salen de aquí',
  noVisitorsTitle: 'Todavía no hay un programa de visitas registrado aquí',
  startingOne: ({ guide, submit, phone }) =>
    html`<p>Lo que hace falta para empezar uno:</p>
      <ol>
        <li>
          Reúna a tres o cuatro voluntarios que puedan visitar con regularidad, en los idiomas de las personas detenidas
          aquí.
        </li>
        <li>
          Pregunte al centro sus reglas de visita: días, horarios, qué llevar, y si los visitantes deben ser aprobados
          antes.${phone ? html` Información para visitas: ${phone}.` : ''}
        </li>
        <li>
          Lea las guías de Freedom for Immigrants para visitar y para empezar y coordinar un programa de visitas (en
          inglés): <a href="${guide}" rel="noopener">recursos para voluntarios visitantes</a>.
        </li>
        <li>
          Registre su programa en Puente, con el nombre de este centro, para que el próximo voluntario lo encuentre:
          <a href="${submit}">agregue su organización</a>.
        </li>
      </ol>`,
  noAccompaniers: 'Todavía no hay un grupo registrado que acompañe a las personas que salen de aquí.',
  notFoundTitle: 'Centro no encontrado',
  notFound:
    'No hay ningún centro de detención en esta dirección. Puede que se haya quitado, o el enlace está incompleto.',
  near: {
    title: 'Centros de detención cerca de usted',
    description: 'Centros de detención migratoria cerca de un código postal, y quién visita a las personas detenidas.',
    intro:
      'Los centros de detención no están solo en la frontera. Encuentre los centros cerca de usted, quién visita a las personas detenidas allí y cuáles no tienen visitas todavía.',
    formLabel: 'Código postal',
    formHint: 'Cinco dígitos, como 79901.',
    formButton: 'Buscar centros',
    count: (count, radius, label) =>
      `${count} ${count === 1 ? 'centro' : 'centros'} a menos de ${radius} de ${label}, del más cercano al más lejano.`,
    none: (radius, label) => `No hay ningún centro de detención registrado a menos de ${radius} de ${label}.`,
    visitors: (count) =>
      count === 0 ? 'Todavía sin programa de visitas' : `${count} ${count === 1 ? 'programa' : 'programas'} de visitas`,
    unreadable:
      'No podemos buscar desde ahí. Un código postal tiene cinco dígitos, como 79901: pruebe con otro código postal.',
    problem: (message) => `${message.replace(/\.$/, '')}. Pruebe con otro código postal.`,
  },
};
