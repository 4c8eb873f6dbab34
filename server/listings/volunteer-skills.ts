// What a volunteer can help a listing with, as one vocabulary across kinds (docs/decisions/0066-volunteer-by-skill.md):
// the writer stores it in listing.volunteer_skills for the skill= facet. Migration 20261205T0920_volunteer_skills
// derives the same from the rows already there; change both together, with a new migration to re-derive.
import type { ListingDetails } from '../contract/details';
import { VOLUNTEER_SKILLS, type VolunteerSkill } from '../contract/vocabulary';

// A shelter's volunteer activities that are skills of their own; the others (story time, tutoring...) are not searched.
const SHELTER_ACTIVITY_SKILLS: Partial<Record<string, VolunteerSkill>> = {
  interpreting: 'interpreting',
  play_and_childcare: 'childcare',
  rides: 'rides',
};

// An accompaniment group's services: going to court or to an ICE check-in are both "accompaniment".
const ACCOMPANIMENT_SERVICE_SKILLS: Partial<Record<string, VolunteerSkill>> = {
  interpreting: 'interpreting',
  childcare: 'childcare',
  rides: 'rides',
  court: 'accompaniment',
  ice_checkin: 'accompaniment',
};

/** The skills a listing with `details` asks volunteers for, each once, in the vocabulary's order. */
export function volunteerSkillsOf(details: ListingDetails): VolunteerSkill[] {
  const found = new Set<VolunteerSkill | undefined>();
  if (details.kind === 'shelter') for (const a of details.volunteerActivities) found.add(SHELTER_ACTIVITY_SKILLS[a]);
  if (details.kind === 'accompaniment') for (const s of details.services) found.add(ACCOMPANIMENT_SERVICE_SKILLS[s]);
  if (details.kind === 'visitation_program') found.add('visiting');
  return VOLUNTEER_SKILLS.filter((skill) => found.has(skill));
}
