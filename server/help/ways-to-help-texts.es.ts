// La página "Cómo ayudar" en español: lo que pide la guía, cada cosa con dónde hacerla y su fuente. Solo texto fijo y
// las direcciones de help-sources.ts; el código postal del visitante llega como texto (escapado por `html`).
import { html } from '../about/safe-html';
import { CAPITOL_SWITCHBOARD, HELP_LINKS, UNHCR_DETENTION_HOTLINE, UNHCR_FROM_DETENTION } from './help-sources';
import type { WaysToHelpTexts } from './ways-to-help-texts';

const tel = (phone: { shown: string; dial: string }) =>
  html`<a class="phone" href="tel:${phone.dial}">${phone.shown}</a>`;
const source = (href: string, name: string) =>
  html`<p class="source">Fuente: <a href="${href}" rel="noopener">${name}</a></p>`;

/** Spanish. */
export const WAYS_TO_HELP_ES: WaysToHelpTexts = {
  title: 'Cómo ayudar',
  description:
    'Llame a sus representantes, visite a personas detenidas, reciba a las familias, sea familia de acogida, y a quién llamar si detienen a alguien que conoce.',
  intro:
    'Más que donar a un albergue: esto es lo que puede hacer, dónde hacerlo y de dónde viene cada dato. Escriba su código postal para llenar los buscadores oficiales de sus representantes y los lugares cerca de usted.',
  formLabel: 'Su código postal',
  formHint: 'Cinco dígitos. No se guarda nada de lo que escribe.',
  formButton: 'Llenar',
  showingFor: ({ zip, state }) =>
    zip ? `Con el código postal ${zip}${state ? ` (${state})` : ''}.` : `Con el estado ${state}.`,
  problem: ({ kind, given }) =>
    kind === 'unreadableZip'
      ? `"${given}" no es un código postal (cinco dígitos, como 79901). Los enlaces de abajo se abren sin él.`
      : kind === 'unknownZip'
        ? `No conocemos el código postal ${given}. Revíselo, o use los enlaces de abajo sin él.`
        : `"${given}" no es el código de un estado de EE. UU. (dos letras, como TX). El enlace del Senado se abre sin él.`,
  sections: (c) => [
    {
      id: 'representatives',
      heading: 'Llame a sus representantes',
      body: html`<p>
          Una llamada corta cuenta. Diga quién es y dónde vive (su código postal), y pida con claridad. Mensajes clave:
        </p>
        <ul>
          <li>Mantener a las familias unidas: no separar a los niños de sus padres.</li>
          <li>Que el caso de inmigración de cada niño se escuche con un abogado a su lado.</li>
          <li>Financiar alternativas a la detención en la comunidad.</li>
          <li>Vigilar las condiciones en la detención, y mantenerla abierta a visitantes y abogados.</li>
        </ul>
        <p>
          La central telefónica del Capitolio de EE. UU. le comunica con la oficina de cualquier senador o
          representante: ${tel(CAPITOL_SWITCHBOARD)}.
        </p>
        <ul>
          <li>
            <a href="${c.houseFinder}" rel="noopener">Encuentre a su representante (Cámara de Representantes)</a>${
              c.zip
                ? ` — se abre con el código postal ${c.zip} (un código postal puede abarcar más de un distrito)`
                : ''
            }
          </li>
          <li>
            <a href="${c.senateFinder}" rel="noopener">Encuentre a sus senadores (Senado de EE. UU.)</a>${
              c.state ? ` — se abre en ${c.state}` : ''
            }
          </li>
        </ul>
        <p class="hint">Las páginas de la Cámara y del Senado están en inglés.</p>
        ${source(HELP_LINKS.senateContacts, 'Senado de EE. UU.: cómo contactar a los senadores')}`,
    },
    {
      id: 'visit',
      heading: 'Visite a personas detenidas',
      body: html`<p>
          Los centros de detención no están solo en la frontera. Muchos tienen programas de visitas de voluntarios: una
          visita rompe el aislamiento de alguien detenido lejos de su familia. Vea quién visita los centros cerca de
          usted, y cuáles no tienen a nadie todavía.
        </p>
        <p><a href="${c.facilitiesNear}">Centros de detención cerca de usted</a></p>
        <p>
          Para empezar un programa de visitas, las guías de Freedom for Immigrants explican cómo visitar y cómo empezar
          y coordinar un programa (en inglés).
        </p>
        ${source(HELP_LINKS.freedomForImmigrantsGuides, 'Freedom for Immigrants: recursos para voluntarios visitantes')}`,
    },
    {
      id: 'welcome',
      heading: 'Reciba a las familias en su comunidad',
      body: html`<p>
          A las familias recién llegadas se las recibe en las escuelas, los lugares de culto y los centros comunitarios.
          Pregunte en los suyos cómo reciben a las familias nuevas, y ofrezca su tiempo. Los albergues cerca de usted
          dicen qué necesitan ahora y qué voluntarios buscan.
        </p>
        <p><a href="${c.sheltersNear}">Albergues y lo que necesitan cerca de usted</a></p>
        ${source(HELP_LINKS.welcomingToolkit, 'Unitarian Universalist Service Committee: cómo recibir a refugiados en su comunidad (en inglés)')}`,
    },
    {
      id: 'foster',
      heading: 'Sea familia de acogida',
      body: html`<p>
          Los niños que llegan solos están bajo el cuidado de la Oficina de Reasentamiento de Refugiados (ORR). Algunos
          viven con familias de acogida con licencia, que encuentran y capacitan dos socios nacionales: la Conferencia
          de Obispos Católicos de EE. UU. (USCCB) y Global Refuge (antes Lutheran Immigration and Refugee Service). Sus
          agencias locales capacitan y dan licencia a las familias de acogida.
        </p>
        <ul>
          <li><a href="${HELP_LINKS.usccbFosterCare}" rel="noopener">USCCB: hogares de acogida (en inglés)</a></li>
          <li>
            <a href="${HELP_LINKS.globalRefugeFosterStory}" rel="noopener"
              >Global Refuge: acoger a un niño que llegó solo (en inglés)</a
            >
          </li>
        </ul>
        ${source(HELP_LINKS.orr, 'Oficina de Reasentamiento de Refugiados')}`,
    },
    {
      id: 'detained',
      heading: 'Si detienen a alguien que conoce',
      body: html`<ul>
          <li>
            La Agencia de la ONU para los Refugiados (ACNUR) tiene una línea para solicitantes de asilo detenidos por
            inmigración: ${tel(UNHCR_DETENTION_HOTLINE)}. Desde dentro de un centro de detención, marque
            <strong>${UNHCR_FROM_DETENTION}</strong>, sin costo.
          </li>
          <li>
            Encuentre un abogado de inmigración con el buscador de la Asociación Estadounidense de Abogados de
            Inmigración (AILA): <a href="${HELP_LINKS.ailaLawyerSearch}" rel="noopener">ailalawyer.com</a>.
          </li>
        </ul>
        ${source(HELP_LINKS.unhcr, 'ACNUR, la Agencia de la ONU para los Refugiados')}`,
    },
    {
      id: 'organizations',
      heading: 'Apoye a las organizaciones',
      body: html`<ul>
        <li>
          <a href="${HELP_LINKS.freedomForImmigrants}" rel="noopener">Freedom for Immigrants</a>: la red nacional de
          programas de visitas en centros de detención.
        </li>
        <li>
          <a href="${HELP_LINKS.aila}" rel="noopener">Asociación Estadounidense de Abogados de Inmigración (AILA)</a>
        </li>
        <li><a href="${HELP_LINKS.usccb}" rel="noopener">Conferencia de Obispos Católicos de EE. UU. (USCCB)</a></li>
        <li><a href="${HELP_LINKS.globalRefuge}" rel="noopener">Global Refuge</a></li>
        <li><a href="${HELP_LINKS.unhcr}" rel="noopener">ACNUR, la Agencia de la ONU para los Refugiados</a></li>
        <li>
          <a href="${HELP_LINKS.kind}" rel="noopener">Kids in Need of Defense (KIND)</a>: abogados para niños que llegan
          solos.
        </li>
      </ul>`,
    },
  ],
  noMemberData:
    'Puente no guarda ninguna lista de miembros del Congreso: los buscadores son los de la Cámara y el Senado, siempre al día.',
};
