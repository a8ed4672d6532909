import { daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { type CalfCapacity, calfCapacityDeficit } from '../injuries/calf-capacity';
import type { RunnerContext } from '../prescription/build-session';
import { type CoachSettings, DEFAULT_COACH_SETTINGS } from '../profile/coach-settings';
import { ownedEquipment } from '../profile/owned-equipment';
import type { RunDayType, RunnerProfile } from '../profile/profile.schema';
import { type PlanSpan, planSpanOf } from '../profile/validate-profile';
import type { Programme } from '../programmes/programme';
import { findProgramme, PROGRAMMES } from '../programmes/registry';
import { DecisionLog } from './decision-log';

/** What every step of plan generation reads: the runner, settled once. */
export interface PlanContext {
  profile: RunnerProfile;
  programme: Programme;
  settings: CoachSettings;
  span: PlanSpan;
  runner: RunnerContext;
  log: DecisionLog;
  /** The run on any date; the goal race overrides the usual week. */
  runOn: (date: IsoDate) => RunDayType;
  /** Inside the plan and not on one of the runner's unavailable weekdays. */
  isAvailable: (date: IsoDate) => boolean;
  injuries: {
    /** B31's heel-raise test, when the runner has done it. */
    calf: CalfCapacity | undefined;
    calfWorkNeeded: boolean;
    calfTestDue: boolean;
    hamstring: boolean;
    knee: boolean;
    currentAchilles: boolean;
    currentPlantarFascia: boolean;
  };
}

export const createPlanContext = (profile: RunnerProfile): PlanContext => {
  const programme = findProgramme(profile.program) ?? (PROGRAMMES[0] as Programme);
  const settings = { ...DEFAULT_COACH_SETTINGS, ...profile.settings };
  const span = planSpanOf(profile);
  const unavailable = new Set(profile.unavailableDays);
  const has = (area: string, status?: string) =>
    profile.injuries.some((i) => i.area === area && (status === undefined || i.status === status));
  const calf = profile.calfRaiseTest
    ? calfCapacityDeficit(profile.calfRaiseTest, settings)
    : undefined;
  return {
    profile,
    programme,
    settings,
    span,
    log: new DecisionLog(),
    runner: {
      experience: profile.experience,
      inventory: profile.equipment,
      owned: ownedEquipment(profile.equipment),
      minutesPerSession: profile.minutesPerSession,
      settings,
      loadPreference: programme.loadPreference,
    },
    runOn: (date) => (date === span.raceDate ? 'race' : profile.runningWeek[weekdayOf(date)]),
    isAvailable: (date) =>
      !unavailable.has(weekdayOf(date)) &&
      daysBetween(span.startDate, date) >= 0 &&
      daysBetween(date, span.endDate) >= 0,
    injuries: {
      calf,
      // B31: the test decides; without one, a declared shin problem counts as a deficit.
      calfWorkNeeded: calf ? calf.deficit : has('shin'),
      calfTestDue: !calf && has('shin'),
      hamstring: has('hamstring'),
      knee: has('knee'),
      currentAchilles: has('achilles', 'current'),
      currentPlantarFascia: has('plantar-fascia', 'current'),
    },
  };
};
