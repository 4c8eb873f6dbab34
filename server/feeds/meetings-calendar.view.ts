// A task force's meetings as iCalendar (RFC 5545), written by ical-generator: each event's times are local, with
// TZID naming the listing's zone, whose VTIMEZONE comes from @touch4it/ical-timezones (no download; decision 0065).
import ical, { ICalEventRepeatingFreq, ICalWeekday, type ICalRepeatingOptions } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { v5 as uuidV5 } from 'uuid';
import { inLanguage } from './in-language';
import type { ListingDetail } from '../contract/listing';
import type { TaskForceMeeting } from '../contract/meetings';
import { meetingWeekday, monthlyOrdinal } from '../contract/meeting-dates';

/** The task force and where its page is. */
export interface MeetingsCalendarRequest {
  listing: ListingDetail & { details: { kind: 'task_force' } };
  timeZone: string; // the listing's hours.timeZone
  site: string; // https://example.org
  lang: 'en' | 'es';
  now: Date; // DTSTAMP
}

const WEEKDAYS = [
  ICalWeekday.SU,
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
];

/** The VCALENDAR text of the listing's meetings (none: an empty calendar a subscriber keeps until meetings appear). */
export function renderMeetingsCalendar(request: MeetingsCalendarRequest): string {
  const { listing, lang } = request;
  const name = (lang === 'es' && listing.nameEs) || listing.name;
  // name: null: the zone goes on each event (TZID) and DTSTAMP stays in UTC, as RFC 5545 requires.
  const calendar = ical({
    prodId: { company: 'Puente', product: 'Task force meetings', language: lang.toUpperCase() },
    name: lang === 'es' ? `Reuniones: ${name}` : `Meetings: ${name}`,
    url: pageUrl(request),
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const meeting of listing.details.meetings ?? []) {
    calendar.createEvent({
      // Stable while the meeting keeps its first date and start: a calendar updates the event rather than adding one.
      id: uuidV5(`meeting/${meeting.date}/${meeting.start}`, listing.id),
      // Local wall-clock times, written as they are with TZID (never converted through the server's own zone).
      start: `${meeting.date}T${meeting.start}:00`,
      ...(meeting.end ? { end: `${meeting.date}T${meeting.end}:00` } : {}),
      timezone: request.timeZone,
      stamp: request.now,
      summary: `${listing.details.governmentBody}: ${name}`,
      ...(meeting.place || meeting.online ? { location: meeting.place ?? meeting.online } : {}),
      url: meeting.online ?? pageUrl(request),
      description: description(meeting, request),
      ...(meeting.repeats === 'none' ? {} : { repeating: repeatRule(meeting) }),
    });
  }
  return calendar.toString();
}

/** weekly: every week on the date's weekday; monthly: the date's weekday ordinal (2nd Tuesday; a 5th is the last). */
export function repeatRule(meeting: Pick<TaskForceMeeting, 'date' | 'repeats'>): ICalRepeatingOptions {
  const weekday = WEEKDAYS[meetingWeekday(meeting.date)]!;
  if (meeting.repeats === 'weekly') return { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [weekday] };
  return { freq: ICalEventRepeatingFreq.MONTHLY, byDay: [weekday], bySetPos: [monthlyOrdinal(meeting.date)] };
}

function description(meeting: TaskForceMeeting, request: MeetingsCalendarRequest): string {
  const { details } = request.listing;
  const texts = [meeting.note, details.publicParticipation].map((text) => text && inLanguage(text, request.lang));
  const online = meeting.online && meeting.place ? [meeting.online] : [];
  return [...texts.filter(Boolean), ...online, pageUrl(request)].join('\n\n');
}

function pageUrl({ site, listing, lang }: MeetingsCalendarRequest): string {
  return `${site}/listings/${listing.id}${lang === 'es' ? '?lang=es' : ''}`;
}
