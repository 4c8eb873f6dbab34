// The hours' time zone follows the place: choosing a state (and, where a state spans zones, typing
// its ZIP) sets the zone the place keeps, until the person picks a zone by hand. The select stays
// editable: the table (server/contract/us-time-zones.ts) is a good guess, not the last word.
import { timeZoneForPlace } from '@contract/us-time-zones';
import { US_STATES, type UsState } from '@contract/vocabulary';

/** Keeps a time zone select in step with a state select and a ZIP field. */
export class TimeZoneFollower {
  private chosenByHand = false;

  constructor(
    private readonly state: HTMLSelectElement,
    private readonly postalCode: HTMLInputElement,
    private readonly zone: HTMLSelectElement,
  ) {
    // Only a person fires "change" on the zone select: setting its value from code does not.
    zone.addEventListener('change', () => (this.chosenByHand = true));
    state.addEventListener('change', this.follow);
    postalCode.addEventListener('input', this.follow);
    postalCode.addEventListener('change', this.follow);
  }

  /** After the form is filled with a saved listing: a zone other than the place's own was chosen, so it is kept. */
  settle(): void {
    const inferred = this.inferred();
    this.chosenByHand = inferred !== null && this.zone.value !== '' && this.zone.value !== inferred;
  }

  private readonly follow = (): void => {
    const inferred = this.inferred();
    if (this.chosenByHand || inferred === null) return;
    this.zone.value = inferred;
  };

  private inferred(): string | null {
    const state = this.state.value;
    if (!(US_STATES as readonly string[]).includes(state)) return null;
    return timeZoneForPlace(state as UsState, this.postalCode.value);
  }
}
