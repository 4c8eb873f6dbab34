// Las páginas "Acerca de" y de privacidad en español. Solo texto fijo: el nombre y el contacto del
// operador llegan como SafeHtml que about-page.view.ts construyó (escapado) desde la configuración.
import { html, type SafeHtml } from './safe-html';
import type { PageTexts } from './about-texts';

/** Spanish. */
export const ABOUT_TEXTS_ES: PageTexts = {
  siteName: 'Puente',
  skipToContent: 'Ir al contenido',
  backToMap: '← Volver al mapa',
  otherLanguage: 'English',
  footerLabel: 'Sobre este sitio',
  about: {
    title: 'Acerca de Puente',
    description: 'Quién administra esta copia de Puente y cómo se revisan sus anuncios.',
    sections: (who) => [
      { heading: 'Quién administra este sitio', body: runBy(who) },
      {
        heading: 'Qué es Puente',
        body: html`<p>
          Un directorio de los lugares que ayudan a niños y familias migrantes: albergues, programas de visitas en
          centros de detención, acompañamiento a la corte, grupos de trabajo, ayuda legal y hogares de acogida. Busque
          por código postal, por ciudad o desde donde está, en el teléfono o la computadora, en español o en inglés. Es
          software libre (licencia MIT) que cualquier grupo puede administrar.
        </p>`,
      },
      {
        heading: 'Cómo se revisan los anuncios',
        body: html`<ul>
          <li>
            Las organizaciones envían su anuncio con un formulario. Un moderador aprueba cada anuncio nuevo y cada
            cambio antes de que nadie lo vea.
          </li>
          <li>
            Cada anuncio dice cuándo se verificó por última vez; uno que no se verifica desde hace tiempo avisa que
            puede estar desactualizado. Llame antes de ir.
          </li>
          <li>
            Un albergue donde viven niños puede ser confidencial: el público solo ve una zona de unos 5 km y un
            teléfono, nunca su dirección, ni en la página, ni en el mapa, ni en ninguna respuesta de la API.
          </li>
          <li>
            Cualquiera puede usar "Reportar un problema" en un anuncio (teléfono equivocado, cerrado, inseguro); los
            moderadores leen cada reporte.
          </li>
        </ul>`,
      },
    ],
  },
  privacy: {
    title: 'Privacidad',
    description: 'Qué guarda este sitio y qué no: ninguna cuenta para quien busca, ninguna ubicación, dos cookies.',
    sections: (who) => [
      {
        heading: 'Qué se guarda',
        body: html`<ul>
          <li>Para buscar no hace falta ninguna cuenta: ni inicio de sesión, ni nombre, ni correo.</li>
          <li>
            Su ubicación no se guarda. "Usar mi ubicación" la pide su navegador; la página envía al servidor un punto
            redondeado a 2 decimales (aproximadamente 1 km), y sus enlaces (la barra de direcciones, Compartir) no
            llevan nada más preciso.
          </li>
          <li>
            El servidor escribe una línea por solicitud en su registro: la dirección pedida, con las coordenadas
            cortadas a 2 decimales, un código postal a sus 5 dígitos (nunca ZIP+4), un lugar solo como la "Ciudad, ST"
            que encontró, y nunca las palabras que escribe en una búsqueda. Ni dirección de red, ni cookies, ni datos
            del navegador.
          </li>
          <li>
            Para evitar abusos, el servidor cuenta los envíos y reportes por dirección de red durante una hora, solo en
            memoria.
          </li>
          <li>Un reporte guarda el motivo y lo que usted escribió, no quién es usted.</li>
          <li>
            Un intento fallido de un moderador de iniciar sesión se registra con su dirección de red, para frenar a
            quien intente adivinar contraseñas.
          </li>
          <li>
            Organizaciones: el anuncio que envían es público una vez aprobado, salvo la dirección de un albergue
            confidencial, que solo ven los moderadores (el público ve una zona de unos 5 km). El contacto que dan para
            los moderadores solo lo ven los moderadores.
          </li>
        </ul>`,
      },
      {
        heading: 'Cookies',
        body: html`<p>
          Dos, y solo cuando hacen falta: <code>lang</code> recuerda el idioma que eligió, y la cookie de sesión de un
          moderador mantiene su sesión abierta. Nada de analítica, publicidad ni rastreadores.
        </p>`,
      },
      {
        heading: 'El mapa',
        body: html`<p>
          Las imágenes de fondo del mapa vienen de un servidor de mosaicos (OpenStreetMap, salvo que quien administra
          este sitio haya elegido otro). Como con cualquier mapa web, su navegador le pide la zona que se ve en
          pantalla.
        </p>`,
      },
      { heading: 'Preguntas', body: runBy(who) },
    ],
  },
};

function runBy({ name, contact }: { name: SafeHtml | null; contact: SafeHtml | null }): SafeHtml {
  if (!name && !contact) {
    return html`<p class="unconfigured">
      Esta es una demostración sin configurar: quien la administra no ha dicho quién es (los ajustes
      <code>INSTANCE_NAME</code> e <code>INSTANCE_CONTACT</code> no están definidos). Sus anuncios pueden ser de
      ejemplo; no confíe en ellos.
    </p>`;
  }
  return html`<p>
    Esta copia de Puente la administra ${name ?? 'alguien que no ha dado su nombre'}.
    ${contact ? html`Contacto: ${contact}.` : 'No ha dado un contacto.'}
  </p>`;
}
