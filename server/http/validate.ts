// Parses request input with a contract schema; a failure is a 400 that names each field, in the person's language.
import { z } from 'zod';
import type { Request } from 'express';
import { invalidParameters } from './errors';
import { TEXT_FAULT_MESSAGES } from '../contract/safe-text';
import { TEXT_IN_EITHER_LANGUAGE } from '../contract/common';
import { HSDS_MESSAGES_ES } from '../contract/hsds';
import { MEETINGS_MESSAGES_ES } from '../contract/meetings';
import { FACILITY_MESSAGES_ES } from '../contract/facility';

/** Languages the API writes its messages in. */
export type MessageLocale = 'en' | 'es';

// zod's own Spanish messages for its checks...
const zodSpanish = z.locales.es().localeError;
// ...and ours for the contract's custom messages, which zod leaves as written. A message missing here stays English.
const CONTRACT_MESSAGES_ES: Record<string, string> = {
  ...HSDS_MESSAGES_ES,
  ...MEETINGS_MESSAGES_ES,
  ...FACILITY_MESSAGES_ES,
  'a 24-hour time such as 09:00 or 24:00': 'una hora de 24 horas, como 09:00 o 24:00',
  'a ZIP code such as 79901': 'un código postal como 79901',
  'a five-digit ZIP code such as 79901': 'un código postal de cinco dígitos, como 79901',
  'a phone number such as 1-888-272-1913 (digits, spaces, + ( ) - . # *)':
    'un número de teléfono como 1-888-272-1913 (dígitos, espacios, + ( ) - . # *)',
  'an IANA time zone such as America/Chicago': 'una zona horaria IANA, como America/Chicago',
  'an ISO 639 language code such as es or quc': 'un código de idioma ISO 639, como es o quc',
  'a location is required unless the service area is nationwide':
    'se requiere una ubicación, salvo que el área de servicio sea nacional',
  'closesAt must differ from opensAt': 'la hora de cierre debe ser distinta de la de apertura',
  'is set by moderators; leave it out': 'lo fijan los moderadores; no lo incluya',
  'is for sample data only; leave it out': 'es solo para datos de ejemplo; no lo incluya',
  'is set when a moderator approves; leave it out': 'se fija cuando un moderador aprueba; no lo incluya',
  'say what is wrong': 'diga qué está mal',
  'a rejection needs a reason': 'un rechazo necesita un motivo',
  'is required': 'es obligatorio',
  [TEXT_IN_EITHER_LANGUAGE]: 'escríbalo en inglés o en español (o en ambos)',
  'is too long': 'es demasiado largo',
  // The text rule (server/contract/safe-text.ts).
  [TEXT_FAULT_MESSAGES.nul]: 'contiene el carácter NUL (U+0000), que un texto no puede llevar; quítelo',
  [TEXT_FAULT_MESSAGES.lone_surrogate]:
    'contiene medio carácter (un sustituto UTF-16 sin pareja); envíe texto Unicode válido',
  [TEXT_FAULT_MESSAGES.control]: 'contiene un carácter de control invisible; quítelo',
  [TEXT_FAULT_MESSAGES.line_break]: 'debe ser una sola línea, sin saltos de línea ni tabuladores',
  // Confidential safety (server/contract/private-address-text.ts, listing.ts).
  "contains the private street address (the street's name); a confidential location must not publish it":
    'contiene la dirección privada (el nombre de la calle); una ubicación confidencial no debe publicarla',
  'contains the private house number; a confidential location must not publish it':
    'contiene el número de la dirección privada; una ubicación confidencial no debe publicarlo',
  'contains the private ZIP code; a confidential location must not publish it':
    'contiene el código postal privado; una ubicación confidencial no debe publicarlo',
  'choose who may see the address: exact (shown with a pin) or confidential (only the area)':
    'elija quién puede ver la dirección: exacta (con un marcador) o confidencial (solo la zona)',
};

/** Parses `input` (req.query, req.params, a body) with `schema`, or throws a 400 ApiError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: MessageLocale = 'en'): z.output<S> {
  const result = locale === 'es' ? schema.safeParse(input, { error: zodSpanish }) : schema.safeParse(input);
  if (!result.success) {
    if (locale === 'es')
      for (const issue of result.error.issues as Array<{ message: string }>)
        issue.message = CONTRACT_MESSAGES_ES[issue.message] ?? issue.message;
    throw invalidParameters(result.error, locale);
  }
  return result.data;
}

/** The language the request asks for (Accept-Language), English unless Spanish is preferred. */
export function requestLocale(req: Request): MessageLocale {
  return req.acceptsLanguages('en', 'es') === 'es' ? 'es' : 'en';
}
