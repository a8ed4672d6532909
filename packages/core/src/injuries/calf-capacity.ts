import type { CoachSettings } from '../profile/coach-settings';

/**
 * B31: the single-leg heel-raise test. Fewer than about 25 reps on a leg, or a large left/right
 * difference (15 % by default, a choice), calls for soleus, gastrocnemius and tibialis work.
 */
export interface CalfCapacity {
  deficit: boolean;
  reasons: string[];
}

export const calfCapacityDeficit = (
  test: { leftReps: number; rightReps: number },
  settings: Pick<CoachSettings, 'calfRaiseTarget' | 'calfAsymmetryLimit'>,
): CalfCapacity => {
  const reasons: string[] = [];
  const weaker = Math.min(test.leftReps, test.rightReps);
  const stronger = Math.max(test.leftReps, test.rightReps);
  if (weaker < settings.calfRaiseTarget) {
    reasons.push(
      `${weaker} single-leg heel raises is below the ${settings.calfRaiseTarget} target`,
    );
  }
  const asymmetry = stronger === 0 ? 0 : (stronger - weaker) / stronger;
  if (asymmetry > settings.calfAsymmetryLimit) {
    reasons.push(
      `left/right difference of ${Math.round(asymmetry * 100)} % is above ${Math.round(settings.calfAsymmetryLimit * 100)} %`,
    );
  }
  return { deficit: reasons.length > 0, reasons };
};
