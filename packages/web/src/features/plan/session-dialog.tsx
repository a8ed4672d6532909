import { ModalDialog } from '../../components/modal-dialog';
import { notesBesideAdaptations } from './adaptations';
import { AdaptationsNote } from './adaptations-note';
import { DayReasons } from './day-reasons';
import { ExerciseRow } from './exercise-row';
import { ExplainDay } from './explain-day';
import { MoveOutcomeNote } from './move-outcome';
import { PhaseBadge } from './phase-badge';
import { type FoundSession, usePlanActions } from './plan-actions';
import { dayLabel, dayLabelLong, weekdayName } from './plan-dates';
import { runLabel } from './plan-words';
import { SessionActions } from './session-actions';
import { SessionFacts } from './session-facts';

/** The open session: every exercise with its dose, load, rest, tempo and first cue; swap, move, skip. */
export const SessionDialog = () => {
  const { openSessionId, openSession, find } = usePlanActions();
  const found = openSessionId ? find(openSessionId) : undefined;
  return (
    <ModalDialog
      open={found !== undefined}
      onClose={() => openSession(null)}
      title={
        found ? found.session.skipped ? <s>{found.session.title}</s> : found.session.title : ''
      }
      subtitle={
        found && (
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {dayLabelLong(found.day.date)} · {runLabel(found.day.run)}
            </span>
            <PhaseBadge phase={found.day.phase} week={found.day.week} />
          </span>
        )
      }
    >
      {found && <SessionDetail key={found.session.id} found={found} />}
    </ModalDialog>
  );
};

const SessionDetail = ({ found }: { found: FoundSession }) => {
  const { session, day } = found;
  const weekday = weekdayName(day.date);
  const notes = notesBesideAdaptations(session);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <SessionFacts session={session} />
        {session.timing && <p className="mt-2 text-sm text-stone-800">{session.timing}</p>}
        {session.movedFrom && (
          <p className="mt-2 text-sm text-stone-800">
            You moved this session here from {dayLabel(session.movedFrom)}.
          </p>
        )}
        <AdaptationsNote session={session} />
        <MoveOutcomeNote sessionId={session.id} />
        <SessionActions session={session} date={day.date} />
      </div>

      <section aria-labelledby="session-why" className="flex flex-col gap-1">
        <h3 id="session-why" className="font-semibold">
          Why {weekday}
        </h3>
        {session.movedFrom ? (
          <p className="text-sm text-stone-700">
            The plan first put it on {dayLabel(session.movedFrom)}; you chose this day.
          </p>
        ) : (
          <DayReasons reasons={day.reasons} large />
        )}
        <ExplainDay date={day.date} />
      </section>

      {notes.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm text-stone-800">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}

      <section aria-labelledby="session-exercises">
        <h3 id="session-exercises" className="font-semibold">
          Exercises
        </h3>
        <ol className="mt-2 flex flex-col divide-y divide-stone-200">
          {session.exercises.map((exercise) => (
            <ExerciseRow
              key={exercise.exerciseId}
              exercise={exercise}
              sessionId={session.id}
              canSwap={!session.skipped}
            />
          ))}
        </ol>
      </section>
    </div>
  );
};
