import type { Slot } from '../prescription/slot';
import { upperBodySlots } from './default-slots';
import type { Programme, SlotContext } from './programme';

const only = (role: Slot['role'], id: string, protectedSlot = true): Slot => ({
  role,
  candidates: [id],
  protected: protectedSlot,
});

/** A3, exactly: the article's Monday, Wednesday and Friday, in its order and doses. */
export const SAMPLE_WEEK: readonly {
  weekday: 'mon' | 'wed' | 'fri';
  title: string;
  slots: Slot[];
}[] = [
  {
    weekday: 'mon',
    title: 'Sample week: Monday',
    slots: [
      only('single-leg', 'single-leg-squat'),
      only('single-leg', 'lunge-with-rotation'),
      only('core', 'plank'),
    ],
  },
  {
    weekday: 'wed',
    title: 'Sample week: Wednesday',
    slots: [
      only('hinge', 'single-leg-deadlift'),
      only('calf', 'calf-raise'),
      only('hip', 'band-lateral-walk'),
    ],
  },
  {
    weekday: 'fri',
    title: 'Sample week: Friday',
    slots: [
      only('single-leg', 'step-up'),
      only('hinge', 'glute-bridge'),
      only('core', 'side-plank'),
    ],
  },
];

/** With fewer than three sessions a week the three days take turns, so nothing is left out. */
const templateFor = (ctx: SlotContext) =>
  SAMPLE_WEEK[((ctx.weekIndex - 1) * ctx.sessionCount + ctx.sessionIndex) % SAMPLE_WEEK.length] ??
  (SAMPLE_WEEK[0] as (typeof SAMPLE_WEEK)[number]);

/**
 * The sample week keeps the article's exercises and doses; one upper-body exercise is added at
 * the end of each session because the same article calls legs-only training a mistake (A9).
 */
export const seedSampleWeekProgramme: Programme = {
  id: 'seed-sample-week',
  name: 'Sample week (from the article)',
  summary:
    'Monday single-leg squats, lunges with rotation and planks; Wednesday single-leg deadlifts, calf raises and band walks; Friday step-ups, glute bridges and side planks.',
  source: 'Seed article, “Sample weekly plan” (SPEC A3)',
  loadPreference: 'default',
  preferredWeekdays: ['mon', 'wed', 'fri'],
  plyometricSessionsPerWeek: 0,
  preventionForAll: false,
  titleFor: (ctx) => templateFor(ctx).title,
  slotsFor: (ctx) => [
    ...templateFor(ctx).slots,
    ...upperBodySlots(ctx).map((slot) => ({
      ...slot,
      note: 'Added to the sample week: the article warns against legs-only training (A9).',
    })),
  ],
};
