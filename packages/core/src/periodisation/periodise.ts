import type { Phase } from '../plan/plan.schema';

export interface PeriodiseInput {
  weeks: number;
  hasRace: boolean;
  /** B19: the longest run of loading weeks before a deload (the settings allow 3–6). */
  loadingWeeksBeforeDeload: number;
}

export interface WeekPhase {
  phase: Phase;
  /** 1-based position among this phase's loading weeks; deload and taper weeks repeat the last. */
  weekInPhase: number;
  /** Loading weeks the phase has in all. */
  phaseLength: number;
}

type LoadingPhase = 'foundation' | 'strength' | 'power' | 'maintenance';

/** B10's ranges: foundation 3–5 weeks, max strength 4–6, power 4–5. */
const MAX_WEEKS: Record<'foundation' | 'strength' | 'power', number> = {
  foundation: 5,
  strength: 6,
  power: 5,
};
/** Below this many strength weeks plyometrics are not earned (A5, B21). */
const MIN_STRENGTH_WEEKS_BEFORE_POWER = 3;

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/**
 * Splits loading weeks into the B10 order. About 5/16 each to foundation and power and the rest
 * to strength mirrors the 5/5/5/1 build; overflow beyond the phases' ranges becomes maintenance,
 * before the build when a race anchors it, after the build when there is none.
 */
const splitLoadingWeeks = (loading: number, hasRace: boolean): LoadingPhase[] => {
  if (loading <= 3) return Array(loading).fill('foundation');
  const foundation = clamp(Math.round((loading * 5) / 16), 2, MAX_WEEKS.foundation);
  const afterFoundation = loading - foundation;
  const power =
    afterFoundation >= 2 + MIN_STRENGTH_WEEKS_BEFORE_POWER
      ? clamp(Math.round((loading * 5) / 16), 2, MAX_WEEKS.power)
      : 0;
  const strength = Math.min(afterFoundation - power, MAX_WEEKS.strength);
  const maintenance = loading - foundation - strength - power;
  const build: LoadingPhase[] = [
    ...Array<LoadingPhase>(foundation).fill('foundation'),
    ...Array<LoadingPhase>(strength).fill('strength'),
    ...Array<LoadingPhase>(power).fill('power'),
  ];
  const rest = Array<LoadingPhase>(maintenance).fill('maintenance');
  return hasRace ? [...rest, ...build] : [...build, ...rest];
};

/**
 * Inserts deloads (B19): after `maxRun` loading weeks in a row, or at a change of phase once at
 * least `maxRun - 1` weeks have been loaded, so deloads line up with phase boundaries.
 */
const withDeloads = (loading: readonly LoadingPhase[], maxRun: number): Phase[] => {
  const out: Phase[] = [];
  let run = 0;
  loading.forEach((phase, i) => {
    const phaseChanges = i > 0 && loading[i - 1] !== phase;
    if (run >= maxRun || (phaseChanges && run >= maxRun - 1)) {
      out.push('deload');
      run = 0;
    }
    out.push(phase);
    run += 1;
  });
  return out;
};

/**
 * The phase of every week of the plan (B10, B12, B19): foundation → strength → power, deloads
 * between, and a taper in the race week. The number of loading weeks is the largest whose layout,
 * deloads included, fills the weeks before the taper; when deloads make it one short, a phase
 * still below its B10 maximum gets one more week, which keeps every loading run within B19's six.
 */
export const periodise = ({
  weeks,
  hasRace,
  loadingWeeksBeforeDeload,
}: PeriodiseInput): WeekPhase[] => {
  const maxRun = clamp(loadingWeeksBeforeDeload, 3, 5);
  const buildWeeks = hasRace ? weeks - 1 : weeks;
  let layout: Phase[] = [];
  for (let loading = buildWeeks; loading >= 0; loading--) {
    const candidate = withDeloads(splitLoadingWeeks(loading, hasRace), maxRun);
    if (candidate.length === buildWeeks) {
      layout = candidate;
      break;
    }
    if (candidate.length === buildWeeks - 1) {
      layout = padOneWeek(candidate);
      break;
    }
  }
  if (hasRace) layout.push('taper');
  return numberWithinPhases(layout);
};

const padOneWeek = (layout: readonly Phase[]): Phase[] => {
  const count = (phase: Phase) => layout.filter((p) => p === phase).length;
  const last = layout.findLast((p) => p !== 'deload');
  const order: LoadingPhase[] = ['power', 'strength', 'foundation', 'maintenance'];
  const candidates = last && last !== 'taper' ? [last as LoadingPhase, ...order] : order;
  const phase =
    candidates.find((p) => count(p) > 0 && (p === 'maintenance' || count(p) < MAX_WEEKS[p])) ??
    'foundation';
  const at = layout.lastIndexOf(phase);
  return at < 0 ? [...layout, phase] : [...layout.slice(0, at + 1), phase, ...layout.slice(at + 1)];
};

const numberWithinPhases = (layout: readonly Phase[]): WeekPhase[] => {
  const lengths = new Map<Phase, number>();
  for (const phase of layout) lengths.set(phase, (lengths.get(phase) ?? 0) + 1);
  const seen = new Map<Phase, number>();
  let lastLoading: WeekPhase | null = null;
  return layout.map((phase) => {
    if (phase === 'deload' || phase === 'taper') {
      return {
        phase,
        weekInPhase: lastLoading?.weekInPhase ?? 1,
        phaseLength: lastLoading?.phaseLength ?? 1,
      };
    }
    const n = (seen.get(phase) ?? 0) + 1;
    seen.set(phase, n);
    lastLoading = { phase, weekInPhase: n, phaseLength: lengths.get(phase) ?? n };
    return lastLoading;
  });
};
