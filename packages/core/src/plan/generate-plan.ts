import { addDays, daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { WEEKDAY_NAMES } from '../calendar/weekday';
import { EXPECTATIONS } from '../evidence/expectations';
import { periodise } from '../periodisation/periodise';
import type { RunnerProfile } from '../profile/profile.schema';
import { scheduleWeek } from '../schedule/schedule-week';
import { recordInputDecisions } from './input-decisions';
import { planNordicWeek } from './nordic-sessions';
import {
  PLAN_VERSION,
  type Plan,
  type PlanDay,
  type PlanSession,
  type PlanWeek,
} from './plan.schema';
import { createPlanContext, type PlanContext } from './plan-context';
import { rehabSessionsOfWeek } from './rehab-sessions';
import { buildStrengthSessions, type StrengthWeek } from './strength-sessions';
import { dayReasons, weekChecks, weekSummary } from './week-notes';
import { weekVolume } from './week-volume';

/** A5, B21: plyometrics are earned by this many foundation and strength weeks. */
const FOUNDATION_WEEKS_BEFORE_PLYOMETRICS = 2;
const STRENGTH_WEEKS_BEFORE_PLYOMETRICS = 3;

/**
 * The coach's plan for a validated profile: periodise the weeks, schedule each week's sessions
 * around the running, and prescribe every session from the programme's template. Pure and
 * deterministic: the same profile always gives the same plan.
 */
export const generatePlan = (profile: RunnerProfile): Plan => {
  const ctx = createPlanContext(profile);
  recordInputDecisions(ctx);
  const phases = periodise({
    weeks: ctx.span.weeks,
    hasRace: ctx.span.raceDate !== undefined,
    loadingWeeksBeforeDeload: ctx.settings.loadingWeeksBeforeDeload,
  });

  const weeks: PlanWeek[] = [];
  let previousSession: IsoDate | undefined;
  let base: StrengthWeek['base'] & { weekInPhase: number } = {
    phase: 'foundation',
    weekInPhase: 1,
    phaseLength: 1,
    index: 1,
  };
  const completed = { foundation: 0, strength: 0 };

  phases.forEach(({ phase, weekInPhase, phaseLength }, w) => {
    const week = w + 1;
    const startDate = addDays(ctx.span.startDate, w * 7);
    const dates = Array.from({ length: 7 }, (_, d) => addDays(startDate, d)).filter(
      (date) => daysBetween(date, ctx.span.endDate) >= 0,
    );
    if (phase !== 'deload' && phase !== 'taper')
      base = { phase, weekInPhase, phaseLength, index: week };
    const volume = weekVolume(ctx, phase, week, base.weekInPhase);

    const wanted =
      phase === 'maintenance' ? Math.min(profile.sessionsPerWeek, 2) : profile.sessionsPerWeek;
    const schedule = scheduleStrengthDays(
      ctx,
      week,
      dates,
      wanted,
      phase !== 'taper',
      previousSession,
    );
    const nordic = planNordicWeek(ctx, week, dates, schedule.dates, previousSession);
    const strength = buildStrengthSessions(
      ctx,
      {
        week,
        base,
        // A deload repeats the content of the loading week before it, with fewer sets (B19).
        contentWeek: phase === 'deload' ? base.index : week,
        weekInPhase: volume.weekInPhase,
        setFraction: volume.setFraction,
        plyometricsEarned:
          completed.foundation >= FOUNDATION_WEEKS_BEFORE_PLYOMETRICS &&
          completed.strength >= STRENGTH_WEEKS_BEFORE_PLYOMETRICS,
        nordic,
      },
      schedule.dates,
    );
    const rehab = rehabSessionsOfWeek(ctx, dates, week);

    const sessionsOn = (date: IsoDate): PlanSession[] => [
      ...[strength.get(date)].filter((s) => s !== undefined),
      ...(nordic?.extraSessions.filter((e) => e.date === date).map((e) => e.session) ?? []),
      ...[rehab.get(date)].filter((s) => s !== undefined),
    ];
    const days: PlanDay[] = dates.map((date) => {
      const sessions = sessionsOn(date);
      return {
        date,
        weekday: weekdayOf(date),
        run: ctx.runOn(date),
        sessions,
        reasons: dayReasons(schedule.reasons.get(date) ?? [], sessions.length > 0, wanted),
      };
    });

    const last = [...schedule.dates, ...(nordic?.extraSessions.map((e) => e.date) ?? [])]
      .sort()
      .at(-1);
    if (last) previousSession = last;
    if (phase === 'foundation' || phase === 'strength') completed[phase] += 1;
    weeks.push({
      index: week,
      phase,
      startDate,
      summary: weekSummary(phase, base.phase),
      checks: weekChecks(ctx, week),
      days,
    });
  });

  return {
    version: PLAN_VERSION,
    programme: { id: ctx.programme.id, name: ctx.programme.name },
    startDate: ctx.span.startDate,
    endDate: ctx.span.endDate,
    ...(profile.race ? { race: profile.race } : {}),
    experience: profile.experience,
    units: profile.units,
    sessionsPerWeek: profile.sessionsPerWeek,
    minutesPerSession: profile.minutesPerSession,
    injuries: profile.injuries,
    settings: ctx.settings,
    weeks,
    decisions: ctx.log.list(),
    expectations: [...EXPECTATIONS],
  };
};

/** Chooses the week's strength days and records what the choice kept, relaxed or dropped. */
const scheduleStrengthDays = (
  ctx: PlanContext,
  week: number,
  dates: readonly IsoDate[],
  wanted: number,
  heavy: boolean,
  previousSession: IsoDate | undefined,
) => {
  const { log, span, programme } = ctx;
  const schedule = scheduleWeek({
    dates,
    runOn: ctx.runOn,
    isAvailable: ctx.isAvailable,
    sessions: wanted,
    experience: ctx.profile.experience,
    heavy,
    neighbours: previousSession ? [previousSession] : [],
    ...(span.raceDate ? { raceDate: span.raceDate } : {}),
    repeating: true,
    ...(programme.preferredWeekdays ? { preferredWeekdays: programme.preferredWeekdays } : {}),
  });
  for (const r of schedule.relaxed) {
    log.add(
      'relaxed',
      r.rule,
      `${WEEKDAY_NAMES[weekdayOf(r.date)]}: ${r.message}, because no better free day was left.`,
      { week, date: r.date },
    );
  }
  if (schedule.dropped) {
    log.add(
      'dropped',
      'A1',
      `${schedule.dropped.count} session(s) dropped: ${schedule.dropped.message}.`,
      { week },
    );
  }
  if (schedule.dates.length > 0) {
    const days = schedule.dates.map((d) => WEEKDAY_NAMES[weekdayOf(d)]).join(', ');
    log.add(
      'placed',
      'A1',
      `Strength on ${days}: non-consecutive days, never the day before the long run (A1, A2, B8).`,
      { week },
    );
  }
  return schedule;
};
