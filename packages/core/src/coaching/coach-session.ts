import { keptSetFraction, lightenSession } from '../changes/lighten-session';
import type { Phase, PlanSession, SessionAdaptation } from '../plan/plan.schema';
import { estimateMinutes } from '../prescription/estimate-minutes';
import { dose } from './apply-dose';
import { changeWords, doseWords } from './dose-words';
import type { EarlyDeload } from './early-deload';
import { withReplacements } from './exercise-replacements';
import { isPlyometric, isProtocolExercise } from './protocol-exercise';
import { protocolStep } from './protocol-step';
import type { SessionChange, SessionCoachContext } from './session-context';

export type { SessionChange, SessionCoachContext } from './session-context';

/** Fractions this close are the same cut. */
const SAME_FRACTION = 1e-6;

/**
 * Re-prescribes one session as of a day: the runner's learned swaps, the pain gate's regression,
 * then each exercise's next dose (protocols and jumps keep their schedule, with B26's hold), and
 * an early deload when the week has one. Returns the session and what changed; an unchanged
 * session comes back as it was, so coaching a coached plan changes nothing.
 */
export const coachSession = (
  session: PlanSession,
  phase: Phase,
  deload: EarlyDeload | undefined,
  ctx: SessionCoachContext,
): { session: PlanSession; changes: SessionChange[] } => {
  if (session.kind === 'activation') return { session, changes: [] };
  const changes: SessionChange[] = [];
  const inSession = new Set(session.exercises.map((e) => e.exerciseId));
  const exercises = session.exercises.map((original) => {
    const protocol = isProtocolExercise(session, original);
    let current = original;
    if (!protocol) current = withReplacements(current, inSession, ctx, changes);
    const entries = ctx.history.get(current.exerciseId) ?? [];
    if (protocol || isPlyometric(current)) {
      const step = protocolStep(current, entries);
      if (step) {
        changes.push({
          exerciseId: current.exerciseId,
          rule: step.rule,
          what: changeWords(
            current.name,
            doseWords(current, ctx.units),
            doseWords(step.exercise, ctx.units),
          ),
          why: step.why,
        });
        current = step.exercise;
      }
      return current;
    }
    return dose(current, phase, inSession, ctx, changes, true);
  });

  const changed = exercises.some((e, i) => e !== session.exercises[i]);
  let coached: PlanSession = changed
    ? {
        ...session,
        exercises,
        estimatedMinutes: estimateMinutes(
          exercises.map((exercise) => ({ exercise, plyometric: isPlyometric(exercise) })),
          ctx.warmUpMinutes,
        ),
      }
    : session;
  if (changes.length > 0) {
    coached = { ...coached, adaptations: withAdaptations(session.adaptations, changes) };
  }
  if (deload && keptSetFraction(coached) > deload.setFraction + SAME_FRACTION) {
    const kept = keptSetFraction(coached);
    coached = lightenSession(
      coached,
      deload.setFraction / kept,
      deload.why,
      ctx.warmUpMinutes,
      (e) => isProtocolExercise(session, e),
    );
    changes.push({ rule: 'B19', what: coached.adaptations?.at(-1)?.what ?? '', why: deload.why });
  }
  return { session: coached, changes };
};

/** The session's adaptations with the new ones added, each once. */
const withAdaptations = (
  existing: readonly SessionAdaptation[] | undefined,
  changes: readonly SessionChange[],
): SessionAdaptation[] => {
  const out = [...(existing ?? [])];
  for (const { what, why } of changes) {
    if (!out.some((a) => a.what === what && a.why === why)) out.push({ what, why });
  }
  return out;
};
