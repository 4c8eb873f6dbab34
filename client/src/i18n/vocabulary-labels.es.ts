// Spanish names for the contract's vocabularies. Weekday names stay lowercase, as Spanish writes
// them mid-sentence ("abre el lunes"); the UI capitalises a label that starts a line.
import type { VocabularyLabels } from './vocabulary-labels';

/** Spanish labels for every vocabulary value. */
export const ES_VOCABULARY_LABELS: VocabularyLabels = {
  kind: {
    shelter: 'Albergue',
    visitation_program: 'Programa de visitas a personas detenidas',
    accompaniment: 'Acompañamiento a la corte y a citas de ICE',
    task_force: 'Grupo de trabajo del gobierno local',
    legal_help: 'Ayuda legal',
    foster_care: 'Cuidado de crianza temporal',
  },
  kindFilter: {
    shelter: 'Albergues',
    visitation_program: 'Visitas a personas detenidas',
    accompaniment: 'Acompañamiento a la corte y a ICE',
    task_force: 'Grupos de trabajo locales',
    legal_help: 'Ayuda legal',
    foster_care: 'Cuidado de crianza temporal',
  },
  goods: {
    clothing: 'Ropa',
    books: 'Libros',
    toys: 'Juguetes y peluches',
    art_supplies: 'Materiales de arte',
    school_supplies: 'Útiles escolares',
    hygiene: 'Artículos de higiene',
    baby_supplies: 'Artículos para bebés',
    food: 'Alimentos',
  },
  activity: {
    story_time: 'Lectura de cuentos',
    art_projects: 'Actividades de arte',
    tutoring: 'Apoyo con las tareas escolares',
    play_and_childcare: 'Juegos y cuidado de niños',
    meal_service: 'Servir comidas',
    sorting_donations: 'Clasificar donaciones',
    interpreting: 'Interpretación',
    rides: 'Transporte',
  },
  service: {
    court: 'Acompañar a la corte de inmigración',
    ice_checkin: 'Citas de control con ICE',
    interpreting: 'Interpretación',
    childcare: 'Cuidado de niños',
    rides: 'Transporte',
  },
  skill: {
    interpreting: 'Interpretación',
    childcare: 'Cuidado de niños',
    rides: 'Transporte',
    accompaniment: 'Acompañar a la corte o a citas con ICE',
    visiting: 'Visitar a personas detenidas',
  },
  weekday: {
    mo: 'lunes',
    tu: 'martes',
    we: 'miércoles',
    th: 'jueves',
    fr: 'viernes',
    sa: 'sábado',
    su: 'domingo',
  },
  weekdayShort: { mo: 'lun', tu: 'mar', we: 'mié', th: 'jue', fr: 'vie', sa: 'sáb', su: 'dom' },
};
