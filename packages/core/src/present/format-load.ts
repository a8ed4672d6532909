import type { Load } from '../plan/plan.schema';
import { formatHeight, formatMass, type Units } from './format-units';

const byFeel = (equipment: string, rpe: number | undefined): string =>
  rpe === undefined ? `${equipment} by feel` : `${equipment} by feel at RPE ${rpe}`;

/** What to add to the movement, in the words a runner would say it. */
export const formatLoad = (load: Load, units: Units): string => {
  switch (load.kind) {
    case 'none':
      return 'bodyweight';
    case 'band':
      return `${load.tension} band`;
    case 'vest':
      return `vest ${formatMass(load.kg, units)}`;
    case 'box':
      return `box ${formatHeight(load.heightCm, units)}`;
    case 'kg': {
      // A fixed weight the runner owns is named; otherwise the weight is chosen by effort (B16).
      if (load.kg !== null) return `${load.equipment} ${formatMass(load.kg, units)}`;
      const feel = byFeel(load.equipment, load.targetRpe);
      return load.maxKg === undefined ? feel : `${feel} (up to ${formatMass(load.maxKg, units)})`;
    }
  }
};
