// A listing's details as the public reads them: a linked facility carries its id (pages link to /facilities/{id}) and
// its current name and place; releasedFrom codes become the facilities they name (docs/decisions/0061-facilities-and-references.md).
import type { ListingDetails, PublicListingDetails } from '../contract/details';
import type { LinkedFacilityRow } from '../listings/public-columns';

type State = Extract<PublicListingDetails, { kind: 'visitation_program' }>['facility']['state'];

/** `details` with the facilities of listing_facility filled in; a code whose facility is gone is left out. */
export function withLinkedFacilities(
  details: ListingDetails,
  linked: readonly LinkedFacilityRow[] | null | undefined,
): PublicListingDetails {
  const rows = linked ?? [];
  const find = (code: string, role: LinkedFacilityRow['role']) => rows.find((f) => f.code === code && f.role === role);
  if (details.kind === 'visitation_program') {
    const facility = details.facility.code ? find(details.facility.code, 'visits') : undefined;
    if (!facility) return details;
    const { id, code, name, city } = facility;
    return { ...details, facility: { id, code, name, city, state: facility.state as State } };
  }
  if (details.kind === 'accompaniment' && details.releasedFrom) {
    const releasedFrom = (details.releasedFrom ?? []).flatMap(({ code }) => {
      const facility = find(code, 'accompanies');
      return facility
        ? [{ id: facility.id, code, name: facility.name, city: facility.city, state: facility.state as State }]
        : [];
    });
    return { ...details, releasedFrom };
  }
  return details;
}
