import { londonDate } from '../../functions/core/journey/dates.js';
import { type Period, periodChoices } from '../../functions/core/sufficiency/periods.js';

/** The term a London date (today by default) falls in, as the officer's choices name it. */
export function termOf(date: string = londonDate(new Date())): string {
  const term = periodChoices(date).find((p) => p.kind === 'TERM' && p.startsOn <= date && date <= p.endsOn);
  return (term as Period).id;
}
