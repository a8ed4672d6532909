import type { Load } from '../plan/plan.schema';
import { lightestBand } from './equipment-steps';
import type { ExerciseEntry } from './exercise-history';

/** Load kinds and weight equipment are modes: a step never moves between dumbbells and a vest. */
export const loadMode = (load: Load): string =>
  load.kind === 'kg' ? `kg:${load.equipment}` : load.kind;

/**
 * The load the runner actually used: the lightest weight or band any working set logged (what
 * every set managed), else the prescription's. A load the runner chose is respected: the next
 * step starts from it, not from what was prescribed.
 */
export const loggedLoadOf = (entry: ExerciseEntry): Load => {
  const load = entry.prescribed.load;
  if (load.kind === 'kg') {
    const kgs = entry.sets.map((s) => s.loadKg).filter((kg): kg is number => kg !== null && kg > 0);
    return kgs.length > 0 ? { ...load, kg: Math.min(...kgs) } : load;
  }
  if (load.kind === 'band') {
    const tension = lightestBand(entry.sets.flatMap((s) => (s.band ? [s.band] : [])));
    return tension ? { kind: 'band', tension } : load;
  }
  return load;
};
