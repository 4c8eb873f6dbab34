// A task force's meetings as HSDS schedules (one per meeting) and back: dtstart, freq and byday in RFC 5545 terms,
// opens_at/closes_at local to the listing's zone (a time_zone attribute, as for hours), the link to join in
// schedule_link, the note in notes; the place, which HSDS's schedule has no field for, in the profile (decision 0065).
import type { TaskForceMeeting } from '../contract/meetings';
import { meetingWeekday, monthlyOrdinal } from '../contract/meeting-dates';
import type { HsdsSchedule } from './hsds-types';
import { localized, profile, type AttributeOwner, type AttributeReader } from './profile-attributes';
import { hsdsId } from './taxonomy';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The schedules of `meetings`, in their order. */
export function meetingSchedules(
  listingId: string,
  meetings: readonly TaskForceMeeting[] | undefined,
  timeZone: string | undefined,
): HsdsSchedule[] {
  return (meetings ?? []).map((meeting, i) => {
    const id = hsdsId(`${listingId}/schedule/meetings/${i}`);
    const owner: AttributeOwner = { id, entity: 'schedule' };
    const notes = localized(owner, 'notes', meeting.note);
    return {
      id,
      service_id: listingId,
      dtstart: meeting.date,
      ...(meeting.repeats === 'none' ? {} : { freq: meeting.repeats === 'weekly' ? 'WEEKLY' : 'MONTHLY' }),
      ...(meeting.repeats === 'none' ? {} : { byday: byday(meeting) }),
      opens_at: meeting.start,
      ...(meeting.end ? { closes_at: meeting.end } : {}),
      ...(meeting.online ? { schedule_link: meeting.online } : {}),
      description: 'Public meeting',
      attending_type: meeting.place && meeting.online ? 'In person or online' : meeting.online ? 'Online' : 'In person',
      ...(notes.value ? { notes: notes.value } : {}),
      attributes: [
        ...profile(owner, 'schedule_of', 'meetings'),
        ...profile(owner, 'time_zone', timeZone),
        ...profile(owner, 'meeting_place', meeting.place),
        ...notes.attributes,
      ],
    };
  });
}

/** The meetings the schedules describe, for the contract to check. */
export function readMeetingSchedules(
  rows: ReadonlyArray<{ schedule: HsdsSchedule; attributes: AttributeReader }>,
): Array<Record<string, unknown>> {
  return rows.map(({ schedule, attributes }) => {
    const place = attributes.field('meeting_place');
    const note = attributes.text('notes', schedule.notes);
    return {
      date: schedule.dtstart,
      start: clock(schedule.opens_at),
      ...(schedule.closes_at ? { end: clock(schedule.closes_at) } : {}),
      repeats: schedule.freq === 'WEEKLY' ? 'weekly' : schedule.freq === 'MONTHLY' ? 'monthly' : 'none',
      ...(place ? { place } : {}),
      ...(schedule.schedule_link ? { online: schedule.schedule_link } : {}),
      ...(note ? { note } : {}),
    };
  });
}

// WEEKLY: the date's weekday (TU); MONTHLY: with its ordinal in the month (2TU; a fifth is the last, -1TU).
function byday(meeting: TaskForceMeeting): string {
  const weekday = BYDAY[meetingWeekday(meeting.date)]!;
  return meeting.repeats === 'weekly' ? weekday : `${monthlyOrdinal(meeting.date)}${weekday}`;
}

const clock = (time: string | undefined) => /^(\d{2}:\d{2})/.exec(time ?? '')?.[1] ?? time;

/** Hours holding only the meetings' zone, for a task force whose schedules give meetings but no opening hours. */
export function meetingsZone(
  rows: ReadonlyArray<{ attributes: AttributeReader }>,
): { timeZone: string; openings: [] } | undefined {
  const timeZone = rows[0]?.attributes.field('time_zone');
  return timeZone ? { timeZone, openings: [] } : undefined;
}
