import { daysBetween, type IsoDate } from '../calendar/iso-date';

/** B12: race-week activation runs from six to three days before the race. */
const ACTIVATION_WINDOW = { from: 6, to: 3 } as const;

export const inActivationWindow = (date: IsoDate, raceDate: IsoDate | undefined): boolean => {
  if (!raceDate) return false;
  const days = daysBetween(date, raceDate);
  return days >= ACTIVATION_WINDOW.to && days <= ACTIVATION_WINDOW.from;
};
