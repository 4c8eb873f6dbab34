// The needs feed's words in English and Spanish (the texts shelters write come in as they wrote them).

/** What the feed says around the shelters' own texts. */
export interface NeedsFeedTexts {
  feedTitle(place: string): string;
  feedSubtitle(radiusKm: number, place: string): string;
  entryTitle(name: string): string;
  until(date: string): string;
  distance(km: number): string;
  approximate: string;
  locale: string; // for Intl date and number formats
}

const ENGLISH: NeedsFeedTexts = {
  feedTitle: (place) => `Shelters' needs near ${place}`,
  feedSubtitle: (radiusKm, place) =>
    `What shelters within ${radiusKm} km of ${place} need now, from Puente. Each need leaves the feed after its last day.`,
  entryTitle: (name) => `${name} needs`,
  until: (date) => `Until ${date}.`,
  distance: (km) => `About ${km} km away.`,
  approximate: 'Approximate location: call for the address.',
  locale: 'en-US',
};

const SPANISH: NeedsFeedTexts = {
  feedTitle: (place) => `Necesidades de albergues cerca de ${place}`,
  feedSubtitle: (radiusKm, place) =>
    `Lo que necesitan ahora los albergues a menos de ${radiusKm} km de ${place}, desde Puente. ` +
    'Cada necesidad sale del canal después de su último día.',
  entryTitle: (name) => `${name} necesita`,
  until: (date) => `Hasta el ${date}.`,
  distance: (km) => `A unos ${km} km.`,
  approximate: 'Ubicación aproximada: llame para pedir la dirección.',
  locale: 'es-US',
};

/** The texts in `lang`. */
export function needsFeedTexts(lang: 'en' | 'es'): NeedsFeedTexts {
  return lang === 'es' ? SPANISH : ENGLISH;
}
