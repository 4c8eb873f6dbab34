// Which moderator's reason the edit link shows.
import type { EditView } from '@contract/submission';

/** The reason given with the latest rejection of the listing itself (or of its latest change), if any. */
export function rejectionReason(view: Pick<EditView, 'listingStatus' | 'history'>): string | null {
  const decided = view.history.filter((s) => s.status === 'rejected' && s.reason);
  const own = view.listingStatus === 'rejected' ? decided.find((s) => s.type === 'new_listing') : decided[0];
  return own?.reason ?? null;
}
