import type { Phase } from '@runstrong/core';

const PHASES: Record<Phase, { label: string; about: string; style: string }> = {
  foundation: {
    label: 'Foundation',
    about: 'form and control, 12–15 reps (B10)',
    style: 'bg-sky-100 text-sky-900 border-sky-300',
  },
  strength: {
    label: 'Strength',
    about: 'heavier lifts, 6 reps or fewer (B10)',
    style: 'bg-amber-100 text-amber-900 border-amber-300',
  },
  power: {
    label: 'Power',
    about: 'jumps and fast lifts on top of heavy work (B10, B22)',
    style: 'bg-rose-100 text-rose-900 border-rose-300',
  },
  taper: {
    label: 'Taper',
    about: 'race week: light activation only, nothing in the last 48 h (B12)',
    style: 'bg-violet-100 text-violet-900 border-violet-300',
  },
  deload: {
    label: 'Deload',
    about: 'a lighter week to absorb the training (B19)',
    style: 'bg-stone-200 text-stone-900 border-stone-400',
  },
  maintenance: {
    label: 'Maintenance',
    about: 'fewer sets at the same intensity (B11)',
    style: 'bg-emerald-100 text-emerald-900 border-emerald-300',
  },
};

export const phaseLabel = (phase: string): string => PHASES[phase as Phase]?.label ?? phase;
export const phaseAbout = (phase: string): string => PHASES[phase as Phase]?.about ?? '';

/**
 * The phase of a plan week as a labelled badge. The border keeps it legible when a printer
 * drops the background colour.
 */
export const PhaseBadge = ({
  phase,
  week,
  compact = false,
}: {
  phase: string;
  week?: number;
  compact?: boolean;
}) => (
  <span
    className={`inline-flex items-center gap-1 rounded-full border py-0.5 font-semibold ${
      compact ? 'px-1 text-[10px] leading-4 md:px-2 md:text-[11px]' : 'px-2 text-xs'
    } ${PHASES[phase as Phase]?.style ?? 'border-stone-400 bg-white text-stone-900'}`}
  >
    {week !== undefined && <span className="font-normal">Week {week} ·</span>}
    <span>
      <span className="sr-only">Phase: </span>
      {phaseLabel(phase)}
    </span>
  </span>
);
