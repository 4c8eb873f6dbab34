// The kind-specific part of a listing from a CSV row: the inverse of the switch in flat-listing.ts.
import type { LocalizedText, WeeklyHours } from '../contract/common';
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, VOLUNTEER_ACTIVITIES, type ListingKind } from '../contract/vocabulary';
import { yesNo } from './csv-cells';
import { CSV_MESSAGES } from './csv-messages';
import type { RowCells } from './row-cells';
import { readMeetingsCell } from './meetings-cell';

// The facilities an accompaniment group's released people come from: codes joined by ; (the contract checks each).
function releasedFromCell(row: RowCells): { releasedFrom?: Array<{ code: string }> } {
  const codes = (row.cells.released_from ?? '')
    .split(';')
    .map((code) => code.trim())
    .filter(Boolean);
  return codes.length ? { releasedFrom: codes.map((code) => ({ code })) } : {};
}

const LEVEL_WORDS: Record<string, 'city' | 'county' | 'state'> = {
  city: 'city',
  ciudad: 'city',
  county: 'county',
  condado: 'county',
  state: 'state',
  estado: 'state',
};

// An optional text field: present only when the row gives it in either language.
const optional = (field: string, text: LocalizedText | undefined) => (text ? { [field]: text } : {});

/** The details of a listing of `kind` (the contract checks them); drop-off hours are read with the other hours. */
export function detailsFromCells(
  kind: ListingKind,
  row: RowCells,
  dropOffHours: WeeklyHours | undefined,
): Record<string, unknown> {
  const cells = row.cells;
  switch (kind) {
    case 'shelter': {
      const needs = row.text('current_needs');
      const until = row.date('current_needs_until');
      return {
        kind,
        acceptedGoods: row.codes('accepted_goods', ACCEPTED_GOODS),
        volunteerActivities: row.codes('volunteer_activities', VOLUNTEER_ACTIVITIES),
        ...(needs || until ? { currentNeeds: { text: needs, expiresOn: until } } : {}),
        ...(dropOffHours ? { dropOffHours } : {}),
        ...(cells.shipping_address ? { shippingAddress: cells.shipping_address } : {}),
      };
    }
    case 'visitation_program':
      return {
        kind,
        facility: {
          ...(cells.facility_code ? { code: cells.facility_code } : {}),
          name: cells.facility_name,
          city: cells.facility_city,
          state: row.state('facility_state'),
        },
        ...optional('visitingSchedule', row.text('visiting_schedule')),
        ...optional('howToSignUp', row.text('how_to_sign_up')),
      };
    case 'accompaniment':
      return {
        kind,
        services: row.codes('services', ACCOMPANIMENT_SERVICES),
        ...releasedFromCell(row),
        ...optional('howToSignUp', row.text('how_to_sign_up')),
      };
    case 'task_force':
      return {
        kind,
        jurisdiction: {
          level: row.word('jurisdiction_level', LEVEL_WORDS),
          name: cells.jurisdiction_name,
          state: row.state('jurisdiction_state'),
        },
        governmentBody: cells.government_body,
        ...optional('meetingSchedule', row.text('meeting_schedule')),
        ...optional('publicParticipation', row.text('public_participation')),
        ...meetingsFromCell(row),
      };
    case 'legal_help':
      return {
        kind,
        ...optional('whoCanGetHelp', row.text('who_can_get_help')),
        ...optional('howToGetHelp', row.text('how_to_get_help')),
      };
    case 'foster_care': {
      const serves = cells.serves_unaccompanied_children;
      const value = serves === undefined ? undefined : yesNo(serves);
      if (serves !== undefined && value === undefined)
        row.issue('serves_unaccompanied_children', 'unknown_value', row.say.unknownValue(serves, ['yes', 'no', 'sí']));
      return {
        kind,
        ...(value !== undefined ? { servesUnaccompaniedChildren: value } : {}),
        ...optional('howToBecomeAFosterParent', row.text('how_to_become_a_foster_parent')),
      };
    }
  }
}

// A task force's meetings cell (meetings-cell.ts); what it cannot read is a row issue, the contract checks the rest.
function meetingsFromCell(row: RowCells): { meetings?: Array<Record<string, unknown>> } {
  const cell = row.cells.meetings;
  if (cell === undefined) return {};
  const { meetings, problems } = readMeetingsCell(cell, row.say === CSV_MESSAGES.es ? 'es' : 'en');
  for (const problem of problems) row.issue('meetings', 'invalid_parameter', problem);
  return meetings.length ? { meetings } : {};
}
