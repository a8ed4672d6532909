import type { LoadingPhase } from '../prescription/dose';
import type { DayReason } from './decision';
import type { Phase } from './plan.schema';
import type { PlanContext } from './plan-context';

/** B29: the weekly pain check runs alongside the six-week knee programme. */
const KNEE_CHECK_WEEKS = 6;

export const weekSummary = (phase: Phase, base: LoadingPhase): string => {
  const text: Record<Phase, string> = {
    foundation: 'Foundation: bodyweight, form first, reps climb each week (A4, A5, B10).',
    strength: 'Max strength: heavy, low reps, long rests (B3, B10).',
    power: 'Power: jumps beside a heavy lift (A5, B20, B22).',
    maintenance: 'Maintenance: fewer sets, same intensity (B11).',
    deload: `Deload after the ${base} block: fewer sets, recover and absorb (B19).`,
    taper: 'Taper: last heavy session 7–10 days out, race week activation only (B12).',
  };
  return text[phase];
};

/** Things to test or check that week: B31's heel-raise test, B29's knee pain check. */
export const weekChecks = (ctx: PlanContext, week: number): string[] => {
  const { calfRaiseTarget, calfAsymmetryLimit } = ctx.settings;
  const checks: string[] = [];
  if (ctx.injuries.calfTestDue && week === 1) {
    checks.push(
      `Single-leg heel-raise test: raises to fatigue on each leg; fewer than ${calfRaiseTarget} or a ${Math.round(calfAsymmetryLimit * 100)} % difference keeps the calf work in (B31).`,
    );
  }
  if (ctx.injuries.knee && week <= KNEE_CHECK_WEEKS) {
    checks.push(
      'Knee pain check: rate your knee pain 0–10 on a step-down; it should fall week by week (B29).',
    );
  }
  return checks;
};

/** A day the scheduler passed over without a rule against it still gets a reason. */
export const dayReasons = (
  reasons: readonly DayReason[],
  hasSession: boolean,
  wanted: number,
): DayReason[] => {
  if (reasons.length > 0 || hasSession) return [...reasons];
  return [
    {
      rule: 'A1',
      message: `No strength: the week's ${wanted} session(s) sit better on other days.`,
    },
  ];
};
