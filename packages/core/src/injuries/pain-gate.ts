/**
 * B26, the pain-monitoring model (Silbernagel 2007): during exercise, pain 0–3/10 is fine, 4–5
 * is acceptable, above 5 means stop. Next-morning pain above the pre-session score lowers the
 * next prescription.
 */
export type PainVerdict = 'fine' | 'acceptable' | 'stop';

export const painGateVerdict = (pain: number): PainVerdict => {
  if (pain <= 3) return 'fine';
  if (pain <= 5) return 'acceptable';
  return 'stop';
};

export const shouldLowerNextPrescription = (
  preSessionPain: number,
  nextMorningPain: number,
): boolean => nextMorningPain > preSessionPain;

export const PAIN_GATE_CUE =
  'Pain gate: 0–3/10 is fine, 4–5/10 acceptable, above 5/10 stop. If tomorrow morning hurts more than before the session, the next one is lighter.';
