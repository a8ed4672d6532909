import { addDays, daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { WEEKDAY_NAMES } from '../calendar/weekday';
import { EXPECTATIONS } from '../evidence/expectations';
import { ALFREDSON_DOSE, ALFREDSON_WEEKS } from '../injuries/alfredson-protocol';
import { calfCapacityDeficit } from '../injuries/calf-capacity';
import { injurySlots } from '../injuries/injury-slots';
import { NORDIC_PROGRAMME_WEEKS, nordicWeek } from '../injuries/nordic-protocol';
import { PAIN_GATE_CUE } from '../injuries/pain-gate';
import { RATHLEFF_WEEKS, rathleffDose } from '../injuries/rathleff-protocol';
import { periodise } from '../periodisation/periodise';
import { buildSession, type RunnerContext, type SessionSpec } from '../prescription/build-session';
import type { LoadingPhase } from '../prescription/dose';
import type { Slot } from '../prescription/slot';
import { DEFAULT_COACH_SETTINGS } from '../profile/coach-settings';
import { ownedEquipment } from '../profile/owned-equipment';
import type { RunDayType, RunnerProfile } from '../profile/profile.schema';
import { planSpanOf } from '../profile/validate-profile';
import type { Programme, SlotContext } from '../programmes/programme';
import { findProgramme, PROGRAMMES } from '../programmes/registry';
import { scheduleWeek } from '../schedule/schedule-week';
import { ACTIVATION_SLOTS } from './activation-session';
import type { DayReason } from './decision';
import { DecisionLog } from './decision-log';
import {
  type Phase,
  PLAN_VERSION,
  type Plan,
  type PlanDay,
  type PlanSession,
  type PlanWeek,
} from './plan.schema';

/** A5, B21: plyometrics are earned by this many foundation and strength weeks. */
const FOUNDATION_WEEKS_BEFORE_PLYOMETRICS = 2;
const STRENGTH_WEEKS_BEFORE_PLYOMETRICS = 3;
/** B2: a block shorter than this is flagged as low expected effect. */
const MIN_EFFECTIVE_WEEKS = 6;
/** B12: race-week activation runs from six to three days before the race. */
const ACTIVATION_WINDOW = { from: 6, to: 3 } as const;

const B6_TIMING =
  'After your run, at least 3 h later (6 h is better); on a quality day lift after the session, never before it (B5, B6).';
const B6_PLYOMETRIC = 'Jumps are a session of their own, never part of a run (B6).';

/**
 * The coach's plan for a validated profile: periodise the weeks, schedule each week's sessions
 * around the running, and prescribe every session from the programme's template. Pure and
 * deterministic: the same profile always gives the same plan.
 */
export const generatePlan = (profile: RunnerProfile): Plan => {
  const programme = findProgramme(profile.program) ?? (PROGRAMMES[0] as Programme);
  const settings = { ...DEFAULT_COACH_SETTINGS, ...profile.settings };
  const span = planSpanOf(profile);
  const log = new DecisionLog();
  const unavailable = new Set(profile.unavailableDays);
  const raceDate = span.raceDate;
  const runOn = (date: IsoDate): RunDayType =>
    date === raceDate ? 'race' : profile.runningWeek[weekdayOf(date)];
  const isAvailable = (date: IsoDate) =>
    !unavailable.has(weekdayOf(date)) &&
    daysBetween(span.startDate, date) >= 0 &&
    daysBetween(date, span.endDate) >= 0;

  const runner: RunnerContext = {
    experience: profile.experience,
    inventory: profile.equipment,
    owned: ownedEquipment(profile.equipment),
    minutesPerSession: profile.minutesPerSession,
    settings,
    loadPreference: programme.loadPreference,
  };
  const calf = profile.calfRaiseTest
    ? calfCapacityDeficit(profile.calfRaiseTest, settings)
    : undefined;
  const shinDeclared = profile.injuries.some((i) => i.area === 'shin');
  const calfWorkNeeded = calf ? calf.deficit : shinDeclared;
  const hamstring = profile.injuries.some((i) => i.area === 'hamstring');
  const currentAchilles = profile.injuries.some(
    (i) => i.area === 'achilles' && i.status === 'current',
  );
  const currentPlantar = profile.injuries.some(
    (i) => i.area === 'plantar-fascia' && i.status === 'current',
  );

  explainInputs(profile, programme, span.weeks, calf, log);

  const phases = periodise({
    weeks: span.weeks,
    hasRace: raceDate !== undefined,
    loadingWeeksBeforeDeload: settings.loadingWeeksBeforeDeload,
  });

  const weeks: PlanWeek[] = [];
  let previousSession: IsoDate | undefined;
  let lastLoading: {
    phase: LoadingPhase;
    weekInPhase: number;
    phaseLength: number;
    index: number;
  } = {
    phase: 'foundation',
    weekInPhase: 1,
    phaseLength: 1,
    index: 1,
  };
  const completed = { foundation: 0, strength: 0 };

  phases.forEach((weekPhase, w) => {
    const index = w + 1;
    const startDate = addDays(span.startDate, w * 7);
    const dates = Array.from({ length: 7 }, (_, d) => addDays(startDate, d)).filter(
      (date) => daysBetween(date, span.endDate) >= 0,
    );
    const phase: Phase = weekPhase.phase;
    if (phase !== 'deload' && phase !== 'taper') {
      lastLoading = {
        phase,
        weekInPhase: weekPhase.weekInPhase,
        phaseLength: weekPhase.phaseLength,
        index,
      };
    }
    const base = lastLoading;
    let setFraction = 1;
    let weekInPhase = base.weekInPhase;
    if (phase === 'deload') {
      setFraction = settings.deloadSetFraction;
      log.add(
        'placed',
        'B19',
        `Deload: sets cut to ${Math.round(settings.deloadSetFraction * 100)} %, same exercises and load, so no more than ${settings.loadingWeeksBeforeDeload + 1} loading weeks run in a row.`,
        { week: index },
      );
    }
    if (phase === 'maintenance') {
      setFraction = 1 - settings.maintenanceSetCut;
      log.add(
        'placed',
        'B11',
        `Maintenance: 1–2 sessions, intensity kept, sets cut by ${Math.round(settings.maintenanceSetCut * 100)} %.`,
        { week: index },
      );
    }
    const volume = runningVolumeRise(profile.weeklyRunningKm, w, settings.volumeRiseLimit);
    if (volume) {
      setFraction *= 2 / 3;
      weekInPhase = Math.max(1, weekInPhase - 1);
      log.add(
        'adjusted',
        'B9',
        `Running volume rises ${volume} % this week: strength sets cut by a third, load and intensity kept.`,
        { week: index },
      );
    }

    const plyometricsEarned =
      completed.foundation >= FOUNDATION_WEEKS_BEFORE_PLYOMETRICS &&
      completed.strength >= STRENGTH_WEEKS_BEFORE_PLYOMETRICS;
    const wanted =
      phase === 'maintenance' ? Math.min(profile.sessionsPerWeek, 2) : profile.sessionsPerWeek;
    const heavy = phase !== 'taper';
    const schedule = scheduleWeek({
      dates,
      runOn,
      isAvailable,
      sessions: wanted,
      experience: profile.experience,
      heavy,
      neighbours: previousSession ? [previousSession] : [],
      ...(raceDate ? { raceDate } : {}),
      repeating: true,
      ...(programme.preferredWeekdays ? { preferredWeekdays: programme.preferredWeekdays } : {}),
    });
    for (const r of schedule.relaxed) {
      log.add(
        'relaxed',
        r.rule,
        `${WEEKDAY_NAMES[weekdayOf(r.date)]}: ${r.message}, because no better free day was left.`,
        { week: index, date: r.date },
      );
    }
    if (schedule.dropped) {
      log.add(
        'dropped',
        'A1',
        `${schedule.dropped.count} session(s) dropped: ${schedule.dropped.message}.`,
        { week: index },
      );
    }
    const strengthDates = schedule.dates;
    if (strengthDates.length > 0) {
      const days = strengthDates.map((d) => WEEKDAY_NAMES[weekdayOf(d)]).join(', ');
      log.add(
        'placed',
        'A1',
        `Strength on ${days}: non-consecutive days, never the day before the long run (A1, A2, B8).`,
        { week: index },
      );
    }

    // B27: the Nordic programme may need more sessions a week than the runner's strength days.
    const nordic = hamstring ? nordicWeek(index) : undefined;
    const nordicDates = nordic ? chooseNordicDates(strengthDates, nordic.sessions) : [];
    let extraNordic: IsoDate[] = [];
    if (nordic && nordic.sessions > nordicDates.length) {
      const extra = scheduleWeek({
        dates,
        runOn,
        isAvailable,
        sessions: nordic.sessions - nordicDates.length,
        experience: profile.experience,
        heavy: true,
        neighbours: [...strengthDates, ...(previousSession ? [previousSession] : [])],
        ...(raceDate ? { raceDate } : {}),
        repeating: false,
      });
      extraNordic = extra.dates.filter((d) => !inActivationWindow(d, raceDate));
      const missing = nordic.sessions - nordicDates.length - extraNordic.length;
      if (missing > 0) {
        log.add(
          'dropped',
          'B27',
          `${missing} Nordic session(s) of the week did not fit 48 h from other leg work (B8) or fell in race week (B12).`,
          { week: index },
        );
      }
    }

    let plyometricSessions = 0;
    const sessionsByDate = new Map<IsoDate, PlanSession[]>();
    strengthDates.forEach((date, sessionIndex) => {
      const activation = inActivationWindow(date, raceDate);
      const plyometricSession =
        base.phase === 'power' &&
        plyometricsEarned &&
        plyometricSessions < programme.plyometricSessionsPerWeek &&
        !activation;
      if (plyometricSession) plyometricSessions += 1;
      const ctx: SlotContext = {
        phase: base.phase,
        sessionIndex,
        sessionCount: strengthDates.length,
        // A deload repeats the content of the loading week before it, with fewer sets (B19).
        weekIndex: phase === 'deload' ? base.index : index,
        plyometricSession,
        weekInPhase,
        phaseLength: base.phaseLength,
      };
      const slots: Slot[] = activation
        ? [...ACTIVATION_SLOTS]
        : [
            ...programme.slotsFor(ctx),
            ...injurySlots({
              injuries: profile.injuries,
              week: index,
              sessionIndex,
              sessionCount: strengthDates.length,
              calfWorkNeeded,
              preventionForAll: programme.preventionForAll,
            }),
            ...(nordic && nordicDates.includes(date) ? [nordicSlot(index, nordic.dose)] : []),
          ];
      const spec: SessionSpec = {
        id: `${date}-strength`,
        kind: activation ? 'activation' : 'strength',
        title: activation ? 'Race week: activation' : programme.titleFor(ctx),
        slots: withoutCalfDuplicates(slots, currentAchilles || currentPlantar),
        loadingPhase: activation ? 'foundation' : base.phase,
        weekInPhase,
        phaseLength: base.phaseLength,
        sessionIndex,
        setFraction: activation ? 1 : setFraction,
        plyometricsAllowed: plyometricSession,
        ...(runOn(date) !== 'rest' ? { timing: B6_TIMING } : {}),
        notes: [
          ...(activation
            ? ['Bodyweight only, stop well short of fatigue: the race is days away (B12).']
            : []),
          ...(plyometricSession ? [B6_PLYOMETRIC] : []),
        ],
      };
      const built = buildSession(spec, runner);
      recordBuild(built, index, date, log, runner.minutesPerSession);
      sessionsByDate.set(date, [built.session]);
      if (activation) {
        log.add(
          'placed',
          'B12',
          'Race week: bodyweight activation only, nothing in the last 48 hours; the last heavy session falls 7–10 days before the race.',
          { week: index, date },
        );
      }
    });
    for (const date of extraNordic) {
      const built = buildSession(
        {
          id: `${date}-nordic`,
          kind: 'strength',
          title: 'Nordic hamstring curls',
          slots: [nordicSlot(index, (nordic as NonNullable<typeof nordic>).dose)],
          loadingPhase: 'foundation',
          weekInPhase: 1,
          phaseLength: 1,
          sessionIndex: 0,
          setFraction: 1,
          plyometricsAllowed: false,
          notes: ['A short extra session: the Nordic programme wants three a week (B27).'],
        },
        runner,
      );
      sessionsByDate.set(date, [...(sessionsByDate.get(date) ?? []), built.session]);
    }
    for (const date of dates) {
      if (!isAvailable(date)) {
        if (currentAchilles || currentPlantar) {
          log.add(
            'warning',
            currentAchilles ? 'B24' : 'B30',
            'Rehab protocols are left off your unavailable days; do them there too if you can, they take ten minutes at home.',
            { week: index },
          );
        }
        continue;
      }
      const rehab = rehabSession(
        date,
        index,
        span.startDate,
        raceDate,
        currentAchilles,
        currentPlantar,
        runner,
      );
      if (rehab) sessionsByDate.set(date, [...(sessionsByDate.get(date) ?? []), rehab]);
    }

    const dayList: PlanDay[] = dates.map((date) => ({
      date,
      weekday: weekdayOf(date),
      run: runOn(date),
      sessions: sessionsByDate.get(date) ?? [],
      reasons: dayReasons(schedule.reasons.get(date) ?? [], sessionsByDate.has(date), wanted),
    }));
    const lastStrength = [...strengthDates, ...extraNordic].sort().at(-1);
    if (lastStrength) previousSession = lastStrength;
    if (phase === 'foundation') completed.foundation += 1;
    if (phase === 'strength') completed.strength += 1;

    weeks.push({
      index,
      phase,
      startDate,
      summary: weekSummary(phase, base.phase),
      checks: weekChecks(profile, index, calf === undefined && shinDeclared),
      days: dayList,
    });
  });

  return {
    version: PLAN_VERSION,
    programme: { id: programme.id, name: programme.name },
    startDate: span.startDate,
    endDate: span.endDate,
    ...(profile.race ? { race: profile.race } : {}),
    experience: profile.experience,
    units: profile.units,
    sessionsPerWeek: profile.sessionsPerWeek,
    minutesPerSession: profile.minutesPerSession,
    injuries: profile.injuries,
    settings,
    weeks,
    decisions: log.list(),
    expectations: [...EXPECTATIONS],
  };
};

const inActivationWindow = (date: IsoDate, raceDate: IsoDate | undefined): boolean => {
  if (!raceDate) return false;
  const days = daysBetween(date, raceDate);
  return days >= ACTIVATION_WINDOW.to && days <= ACTIVATION_WINDOW.from;
};

/** B9: the rise in planned running kilometres over the previous week, in %, when above the limit. */
const runningVolumeRise = (
  km: readonly number[] | undefined,
  w: number,
  limit: number,
): number | undefined => {
  if (!km || w === 0) return undefined;
  const before = km[w - 1];
  const now = km[w];
  if (before === undefined || now === undefined || before <= 0) return undefined;
  const rise = now / before - 1;
  return rise > limit ? Math.round(rise * 100) : undefined;
};

/** Spreads the week's Nordic sessions over its strength days: first, last, then the middle. */
const chooseNordicDates = (dates: readonly IsoDate[], wanted: number): IsoDate[] => {
  if (wanted >= dates.length) return [...dates];
  if (wanted === 1) return dates.slice(0, 1);
  return [dates[0], dates.at(-1)].filter((d): d is IsoDate => d !== undefined).slice(0, wanted);
};

const nordicSlot = (
  week: number,
  dose: NonNullable<ReturnType<typeof nordicWeek>>['dose'],
): Slot => ({
  role: 'injury',
  candidates: ['nordic-hamstring-curl'],
  protected: true,
  fixedDose: dose,
  note:
    week <= NORDIC_PROGRAMME_WEEKS
      ? `Hamstrings: week ${week} of the 10-week Nordic programme (B27).`
      : 'Hamstrings: one Nordic session a week keeps the effect (B27).',
});

/** With a daily calf protocol running, sessions skip their own calf slot rather than double it. */
const withoutCalfDuplicates = (slots: Slot[], dailyCalfProtocol: boolean): Slot[] =>
  dailyCalfProtocol ? slots.filter((s) => s.role !== 'calf') : slots;

const rehabSession = (
  date: IsoDate,
  week: number,
  start: IsoDate,
  raceDate: IsoDate | undefined,
  achilles: boolean,
  plantar: boolean,
  runner: RunnerContext,
): PlanSession | undefined => {
  if (raceDate && daysBetween(date, raceDate) <= 2) return undefined;
  const day = daysBetween(start, date);
  const slots: Slot[] = [];
  if (achilles && week <= ALFREDSON_WEEKS) {
    for (const id of ['straight-knee-heel-drop', 'bent-knee-heel-drop']) {
      slots.push({
        role: 'injury',
        candidates: [id],
        protected: true,
        fixedDose: ALFREDSON_DOSE,
        note: `Achilles: Alfredson protocol, week ${week} of 12 (B24). Heavy slow resistance three times a week is the alternative (B25).`,
      });
    }
  }
  if (plantar && week <= RATHLEFF_WEEKS && day % 2 === 0) {
    slots.push({
      role: 'injury',
      candidates: ['single-leg-heel-raise-towel'],
      protected: true,
      fixedDose: rathleffDose(week),
      note: `Plantar fascia: Rathleff protocol, every second day, week ${week} (B30).`,
    });
  }
  if (slots.length === 0) return undefined;
  return buildSession(
    {
      id: `${date}-rehab`,
      kind: 'rehab',
      title: 'Rehab protocol',
      slots,
      loadingPhase: 'foundation',
      weekInPhase: 1,
      phaseLength: 1,
      sessionIndex: 0,
      setFraction: 1,
      plyometricsAllowed: false,
      notes: [PAIN_GATE_CUE],
    },
    { ...runner, minutesPerSession: 120 },
  ).session;
};

const recordBuild = (
  built: ReturnType<typeof buildSession>,
  week: number,
  date: IsoDate,
  log: DecisionLog,
  minutes: number,
) => {
  for (const s of built.substitutions) {
    log.add(
      'adjusted',
      'A10',
      `${s.chosen} stands in for ${s.intended}, which needs equipment or a level you do not have.`,
      { week },
    );
  }
  for (const slot of built.unfilled) {
    log.add(
      'warning',
      'A10',
      `No ${slot.role} exercise fits your equipment and level; that slot is left out.`,
      { week },
    );
  }
  if (built.trimmed.length > 0) {
    log.add(
      'adjusted',
      'A9',
      `Trimmed to fit ${minutes} minutes: ${built.trimmed.join(', ')} left out; core and upper-body work kept.`,
      { week },
    );
  }
  if (built.session.estimatedMinutes > minutes) {
    log.add(
      'warning',
      'A9',
      `The ${built.session.title} session needs about ${built.session.estimatedMinutes} minutes, more than your ${minutes}: its protocol doses are kept whole.`,
      { week, date },
    );
  }
};

const dayReasons = (reasons: DayReason[], hasSession: boolean, wanted: number): DayReason[] => {
  if (reasons.length > 0 || hasSession) return reasons;
  return [
    {
      rule: 'A1',
      message: `No strength: the week's ${wanted} session(s) sit better on other days.`,
    },
  ];
};

const weekSummary = (phase: Phase, base: LoadingPhase): string => {
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

const weekChecks = (profile: RunnerProfile, week: number, needsCalfTest: boolean): string[] => {
  const checks: string[] = [];
  if (needsCalfTest && week === 1) {
    checks.push(
      'Single-leg heel-raise test: raises to fatigue on each leg; fewer than 25 or a 15 % difference keeps the calf work in (B31).',
    );
  }
  if (profile.injuries.some((i) => i.area === 'knee') && week <= 6) {
    checks.push(
      'Knee pain check: rate your knee pain 0–10 on a step-down; it should fall week by week (B29).',
    );
  }
  return checks;
};

const explainInputs = (
  profile: RunnerProfile,
  programme: Programme,
  weeks: number,
  calf: ReturnType<typeof calfCapacityDeficit> | undefined,
  log: DecisionLog,
) => {
  if (weeks < MIN_EFFECTIVE_WEEKS) {
    log.add(
      'warning',
      'B2',
      `A ${weeks}-week block is short: expect little effect; 8–12 weeks is the useful range.`,
    );
  }
  if (profile.sessionsPerWeek === 1) {
    log.add(
      'warning',
      'B1',
      'One session a week maintains strength but builds little; two is the default.',
    );
  }
  const owned = ownedEquipment(profile.equipment);
  const missing = (programme.builtAround ?? []).filter((kind) => !owned.has(kind));
  if (missing.length > 0) {
    log.add(
      'warning',
      'A10',
      `${programme.name} is built around ${missing.join(', ')}, which you do not have: bodyweight versions and tempo stand in.`,
    );
  }
  if (calf) {
    log.add(
      calf.deficit ? 'adjusted' : 'placed',
      'B31',
      calf.deficit
        ? `Heel-raise test: ${calf.reasons.join('; ')}; soleus, gastrocnemius and tibialis work added.`
        : 'Heel-raise test passed: no extra calf-capacity work needed.',
    );
  }
};
