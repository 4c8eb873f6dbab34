// What a moderator's approval must not publish by accident: a confidential listing's address in its text, or a
// shelter's exact address that nobody confirmed was meant to be public. Both refuse the whole decision.
import type { ListingInput } from '../contract/listing';
import { PRIVATE_ADDRESS_MESSAGES, findPrivateAddressInText } from '../contract/private-address-text';
import { CONFIRM_PUBLIC_SHELTER, isPublicShelter } from '../contract/shelter-privacy';
import { ApiError } from '../http/errors';

/** How the approval was asked for: with the public-shelter confirmation, or in bulk (which never confirms). */
export type PublicShelterConfirmation = 'confirmed' | 'not_confirmed' | 'bulk';

/** The log's reason for an approval that published a shelter's exact address, after the moderator confirmed it. */
export const PUBLIC_SHELTER_CONFIRMED = 'confirmed a public shelter: its exact address and pin are shown';

/** Throws a 400 naming what is wrong when `version` (what would be published) is unsafe to approve as asked. */
export function checkApprovable(
  version: ListingInput,
  submissionId: string,
  confirmation: PublicShelterConfirmation,
): void {
  // A submission stored before the text check existed, approved as it is: the contract never saw it.
  const findings = findPrivateAddressInText(version);
  if (findings.length > 0) {
    const details = findings.map((f) => ({
      parameter: ['listing', ...f.path].join('.'),
      message: PRIVATE_ADDRESS_MESSAGES[f.part],
    }));
    throw new ApiError(
      400,
      'private_address_in_text',
      `Submission ${submissionId} would publish its confidential address in ${details.map((d) => d.parameter).join(', ')}. Edit the listing to take it out (or reject it), then approve.`,
      details,
    );
  }
  if (!isPublicShelter(version) || confirmation === 'confirmed') return;
  if (confirmation === 'bulk') {
    throw new ApiError(
      400,
      'public_shelter_unconfirmed',
      `Submission ${submissionId} is a shelter whose exact address and pin would be public. Approve it on its own, with ${CONFIRM_PUBLIC_SHELTER}: true once you have checked the organization means it; bulk approval never confirms it.`,
      [{ parameter: 'submissionIds', message: `${submissionId} is a public shelter; approve it on its own` }],
    );
  }
  throw new ApiError(
    400,
    'public_shelter_unconfirmed',
    `This shelter's exact address and pin would be public. Check with the organization that it means it (a shelter may house children), then approve with ${CONFIRM_PUBLIC_SHELTER}: true, or edit it to confidential.`,
    [{ parameter: CONFIRM_PUBLIC_SHELTER, message: 'must be true to publish a shelter with its exact address' }],
  );
}
