import type { IsoDate } from '../calendar/iso-date';
import type { LoadPicture } from '../runs/load-picture';

/**
 * The load picture as JSON for the API and `runstrong load --format json`: a ratio that has no
 * meaning (a week of equal days, no chronic load) is `null`, never left out.
 */
export const loadPictureJson = (picture: LoadPicture, from: IsoDate, to: IsoDate) => ({
  from,
  to,
  ...picture,
  weeks: picture.weeks.map((w) => ({
    ...w,
    monotony: w.monotony ?? null,
    strain: w.strain ?? null,
  })),
  acuteChronic: { ratio: picture.acuteChronic.ratio ?? null, note: picture.acuteChronic.note },
});
