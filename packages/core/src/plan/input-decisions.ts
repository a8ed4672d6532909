import type { IsoDate } from '../calendar/iso-date';
import type { BuiltSession } from '../prescription/build-session';
import type { PlanContext } from './plan-context';

/** B2: a block shorter than this is flagged as low expected effect. */
const MIN_EFFECTIVE_WEEKS = 6;

/** What the runner should know about their input before the first week: B1, B2, A10, B31. */
export const recordInputDecisions = (ctx: PlanContext): void => {
  const { profile, programme, span, log, runner } = ctx;
  if (span.weeks < MIN_EFFECTIVE_WEEKS) {
    log.add(
      'warning',
      'B2',
      `A ${span.weeks}-week block is short: expect little effect; 8–12 weeks is the useful range.`,
    );
  }
  if (profile.sessionsPerWeek === 1) {
    log.add(
      'warning',
      'B1',
      'One session a week maintains strength but builds little; two is the default.',
    );
  }
  const missing = (programme.builtAround ?? []).filter((kind) => !runner.owned.has(kind));
  if (missing.length > 0) {
    log.add(
      'warning',
      'A10',
      `${programme.name} is built around ${missing.join(', ')}, which you do not have: bodyweight versions and tempo stand in.`,
    );
  }
  const calf = ctx.injuries.calf;
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

/** What building a session changed: stand-ins (A10), empty slots, trimming to fit (A9). */
export const recordSessionDecisions = (
  ctx: PlanContext,
  built: BuiltSession,
  week: number,
  date: IsoDate,
): void => {
  const { log } = ctx;
  const minutes = ctx.runner.minutesPerSession;
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
