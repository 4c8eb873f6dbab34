// The feeds in the OpenAPI document: current needs near a place as Atom, a task force's meetings as iCalendar
// (docs/decisions/0065-atom-and-icalendar-feeds.md). Their errors are plain text, which a feed reader shows as it is.
import type { z } from 'zod';
import { NeedsFeedQuery } from '../contract/feeds';
import { jsonSchema } from './openapi-schema';

const EXAMPLES: Partial<Record<keyof typeof NeedsFeedQuery.shape, string>> = {
  near: '31.7587,-106.4869',
  zip: '79901',
  place: 'El Paso, TX',
  lang: 'es',
};

const plainText = (description: string) => ({
  description,
  content: { 'text/plain': { schema: { type: 'string' } } },
});

/** GET /feeds/needs.atom and GET /listings/{id}/meetings.ics. */
export function feedPaths() {
  return {
    '/feeds/needs.atom': {
      get: {
        operationId: 'needsFeed',
        summary: "Published shelters' current needs near a ZIP, a place or a point, as an Atom 1.0 feed",
        description:
          'Exactly one of near, zip or place. One entry per shelter in range with needs today, the most recently ' +
          "changed first; an entry leaves on the day after the need's last day in the shelter's time zone. Distances " +
          'and the radius are measured to public points only: a confidential shelter appears by its area, with no address.',
        parameters: Object.entries(NeedsFeedQuery.shape).map(([name, schema]) => {
          const output = jsonSchema(schema as z.ZodType);
          const { description, ...rest } = output.type
            ? output
            : { ...jsonSchema(schema as z.ZodType, 'input'), ...output };
          const example = EXAMPLES[name as keyof typeof EXAMPLES];
          return {
            name,
            in: 'query',
            required: false,
            description,
            schema: rest.type ? rest : { type: 'string' },
            ...(example ? { example } : {}),
          };
        }),
        responses: {
          '200': {
            description: 'The feed (RFC 4287)',
            content: { 'application/atom+xml': { schema: { type: 'string' } } },
          },
          '400': plainText('A parameter is missing or wrong; the text names it'),
          '404': plainText('The ZIP code or place is not known'),
        },
      },
    },
    '/listings/{id}/meetings.ics': {
      get: {
        operationId: 'taskForceMeetings',
        summary: "A published task force's public meetings as an iCalendar (RFC 5545) calendar to subscribe to",
        description:
          "One event per meeting, local times with the listing's zone (TZID and its VTIMEZONE), weekly or monthly " +
          'ones as an RRULE. A task force without meetings is an empty calendar.',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['en', 'es'], default: 'en' } },
        ],
        responses: {
          '200': { description: 'The calendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
          '400': plainText('A parameter is wrong; the text names it'),
          '404': plainText('No published task force has this id'),
        },
      },
    },
  };
}
