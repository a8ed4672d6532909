import type { IsoDate } from '../calendar/iso-date';
import { injurySlots } from '../injuries/injury-slots';
import { buildSession, type SessionSpec } from '../prescription/build-session';
import type { LoadingPhase } from '../prescription/dose';
import type { Slot } from '../prescription/slot';
import type { SlotContext } from '../programmes/programme';
import { ACTIVATION_SLOTS } from './activation-session';
import { recordSessionDecisions } from './input-decisions';
import { type NordicWeek, nordicSlot } from './nordic-sessions';
import type { PlanSession } from './plan.schema';
import type { PlanContext } from './plan-context';
import { inActivationWindow } from './race-window';

const B6_TIMING =
  'After your run, at least 3 h later (6 h is better); on a quality day lift after the session, never before it (B5, B6).';
const B6_PLYOMETRIC = 'Jumps are a session of their own, never part of a run (B6).';
const B12_ACTIVATION = 'Bodyweight only, stop well short of fatigue: the race is days away (B12).';

export interface StrengthWeek {
  week: number;
  /** The loading phase whose content the week carries (a deload repeats the one before it). */
  base: { phase: LoadingPhase; phaseLength: number; index: number };
  /** The plan week whose session content this week repeats: itself, or for a deload the week before. */
  contentWeek: number;
  weekInPhase: number;
  setFraction: number;
  /** A5, B21: the foundation and strength stages are done. */
  plyometricsEarned: boolean;
  nordic: NordicWeek | undefined;
}

/**
 * Prescribes the week's strength sessions on the days the scheduler chose: the programme's
 * slots, the injury work, the Nordic curls when due; race-week days get activation instead
 * (B12), and at most the programme's number of sessions carry jumps (B20).
 */
export const buildStrengthSessions = (
  ctx: PlanContext,
  w: StrengthWeek,
  dates: readonly IsoDate[],
): Map<IsoDate, PlanSession> => {
  const { programme, runOn } = ctx;
  const sessions = new Map<IsoDate, PlanSession>();
  let plyometricSessions = 0;
  dates.forEach((date, sessionIndex) => {
    const activation = inActivationWindow(date, ctx.span.raceDate);
    const plyometricSession =
      w.base.phase === 'power' &&
      w.plyometricsEarned &&
      plyometricSessions < programme.plyometricSessionsPerWeek &&
      !activation;
    if (plyometricSession) plyometricSessions += 1;
    const slotContext: SlotContext = {
      phase: w.base.phase,
      sessionIndex,
      sessionCount: dates.length,
      weekIndex: w.contentWeek,
      plyometricSession,
      weekInPhase: w.weekInPhase,
      phaseLength: w.base.phaseLength,
    };
    const spec: SessionSpec = {
      id: `${date}-strength`,
      kind: activation ? 'activation' : 'strength',
      title: activation ? 'Race week: activation' : programme.titleFor(slotContext),
      slots: withoutDoubledCalfWork(
        ctx,
        activation ? [...ACTIVATION_SLOTS] : sessionSlots(ctx, w, slotContext, date),
      ),
      loadingPhase: activation ? 'foundation' : w.base.phase,
      weekInPhase: w.weekInPhase,
      phaseLength: w.base.phaseLength,
      sessionIndex,
      setFraction: activation ? 1 : w.setFraction,
      plyometricsAllowed: plyometricSession,
      ...(runOn(date) !== 'rest' ? { timing: B6_TIMING } : {}),
      notes: [
        ...(activation ? [B12_ACTIVATION] : []),
        ...(plyometricSession ? [B6_PLYOMETRIC] : []),
      ],
    };
    const built = buildSession(spec, ctx.runner);
    recordSessionDecisions(ctx, built, w.week, date);
    sessions.set(date, built.session);
    if (activation) {
      ctx.log.add(
        'placed',
        'B12',
        'Race week: bodyweight activation only, nothing in the last 48 hours; the last heavy session falls 7–10 days before the race.',
        { week: w.week, date },
      );
    }
  });
  return sessions;
};

const sessionSlots = (
  ctx: PlanContext,
  w: StrengthWeek,
  slotContext: SlotContext,
  date: IsoDate,
): Slot[] => [
  ...ctx.programme.slotsFor(slotContext),
  ...injurySlots({
    injuries: ctx.profile.injuries,
    week: w.week,
    sessionIndex: slotContext.sessionIndex,
    sessionCount: slotContext.sessionCount,
    calfWorkNeeded: ctx.injuries.calfWorkNeeded,
    preventionForAll: ctx.programme.preventionForAll,
  }),
  ...(w.nordic?.inStrengthSessions.includes(date) ? [nordicSlot(w.week, w.nordic.dose)] : []),
];

/** With a daily calf protocol running (B24, B30), sessions skip their own calf slot. */
const withoutDoubledCalfWork = (ctx: PlanContext, slots: Slot[]): Slot[] =>
  ctx.injuries.currentAchilles || ctx.injuries.currentPlantarFascia
    ? slots.filter((s) => s.role !== 'calf')
    : slots;
