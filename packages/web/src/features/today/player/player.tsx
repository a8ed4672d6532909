import {
  demonstrationFor,
  demonstrationTempo,
  findExercise,
  formatDose,
  formatLoad,
  formatRest,
  type PlanExercise,
  type PlanSession,
  repSeconds,
  tempoPosition,
} from '@runstrong/core';
import { useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { clientId } from '../../offline/client-id';
import type { SetBody } from '../../offline/log-queue';
import { LogQueueStatus } from '../../offline/log-queue-status';
import { useLogQueue } from '../../offline/use-log-queue';
import { useAlarm, useMovementClock, useNow } from './clocks';
import { beep, say, stopSpeaking, unlockAudio } from './cues';
import { DemonstrationView } from './demonstration-view';
import { FinishForm } from './finish-form';
import { LogSetForm } from './log-set-form';
import { PlayerIntro } from './player-intro';
import {
  clock,
  displaySeconds,
  type LoggedSet,
  type PlayerState,
  playerReducer,
  progressOf,
  remainingMs,
  sidesOf,
  workoutMinutes,
} from './player-machine';
import { SOUND_KEY, useRememberedToggle, VOICE_KEY } from './preferences';
import { clearSavedPlayer, savePlayer } from './saved-player';
import {
  amountWords,
  loggedWords,
  painSaysStop,
  sideLabel,
  targetReps,
  tempoWords,
  type Units,
} from './set-words';

interface Props {
  session: PlanSession;
  date: string;
  units: Units;
  /** Where to start: a fresh `begin`, or a workout resumed after a reload. */
  initial: PlayerState;
  /** Leaves the player; the workout in progress stays saved to resume unless it ended. */
  onExit: () => void;
}

const LAST_KG = 'runstrong.lastKg.';
const rememberKg = (exerciseId: string, kg: number | null | undefined) => {
  if (kg == null) return;
  try {
    localStorage.setItem(LAST_KG + exerciseId, String(kg));
  } catch {
    // No storage: next time the weight field starts empty.
  }
};
const recallKg = (exerciseId: string, logged: readonly LoggedSet[]): number | null => {
  const earlier = [...logged]
    .reverse()
    .find((s) => s.body.exerciseId === exerciseId && s.body.loadKg != null);
  if (earlier?.body.loadKg != null) return earlier.body.loadKg;
  try {
    const stored = Number(localStorage.getItem(LAST_KG + exerciseId) ?? Number.NaN);
    return Number.isFinite(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
};

const demoOf = (e: PlanExercise) =>
  demonstrationFor(findExercise(e.exerciseId) ?? { id: e.exerciseId, pattern: 'squat' });

const Toggle = ({
  label,
  on,
  onChange,
}: {
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
}) => (
  <button
    type="button"
    role="switch"
    aria-checked={on}
    onClick={() => onChange(!on)}
    className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium"
  >
    <span
      aria-hidden="true"
      className={`inline-block h-5 w-9 rounded-full p-0.5 transition-colors ${on ? 'bg-brand' : 'bg-stone-300'}`}
    >
      <span
        className={`block h-4 w-4 rounded-full bg-white transition-transform ${on ? 'translate-x-4' : ''}`}
      />
    </span>
    {label}
  </button>
);

/**
 * The guided workout (A12): exercise by exercise, set by set, side by side, with the movement
 * shown at its prescribed tempo, a 5 s get-ready, a hold timer, a rest timer in true time, the
 * metronome and voice if wanted, and each set logged as it is done (through the offline queue).
 * Space or Enter presses the main button.
 */
export const Player = ({ session, date, units, initial, onExit }: Props) => {
  const exercises = session.exercises;
  const reducer = useMemo(() => playerReducer(exercises), [exercises]);
  const [state, dispatch] = useReducer(reducer, initial);
  const { queue } = useLogQueue();
  const [soundOn, setSoundOn] = useRememberedToggle(SOUND_KEY);
  const [voiceOn, setVoiceOn] = useRememberedToggle(VOICE_KEY);
  const [editing, setEditing] = useState<LoggedSet | null>(null);
  const [painPrompt, setPainPrompt] = useState<{ name: string; pain: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const headingId = useId();

  const { phase } = state;
  const exercise = exercises[state.exerciseIndex] ?? exercises[0];
  if (!exercise) throw new Error('a session has at least one exercise');
  const demo = useMemo(() => demoOf(exercise), [exercise]);
  const sides = sidesOf(exercise);
  const side = sides[state.sideIndex] ?? null;
  const paused = (phase.kind === 'ready' || phase.kind === 'work') && phase.pausedAt !== undefined;

  // Keep the workout on the device so a reload resumes it; forget it once it is over. The intro
  // is not kept: a workout not begun is not one to resume.
  useEffect(() => {
    if (state.phase.kind === 'saved') clearSavedPlayer();
    else if (state.phase.kind !== 'overview') savePlayer(state);
  }, [state]);

  // Countdowns: their end times decide; `now` only redraws them.
  const counting =
    phase.kind === 'ready' ||
    phase.kind === 'rest' ||
    (phase.kind === 'work' && phase.endsAt !== undefined);
  const now = useNow(counting && !paused);
  const remaining = remainingMs(phase, now);
  const seconds = displaySeconds(remaining);
  const alarmAt = paused
    ? undefined
    : phase.kind === 'ready' || phase.kind === 'rest'
      ? phase.endsAt
      : phase.kind === 'work'
        ? phase.endsAt
        : undefined;
  useAlarm(alarmAt, () => dispatch({ type: 'tick', now: Date.now() }));
  useEffect(() => {
    // Back from the background with a timer run out: move on at once.
    if (alarmAt !== undefined && now >= alarmAt) dispatch({ type: 'tick', now });
  }, [now, alarmAt]);

  // The movement: seconds since the set began, from performance.now() on every frame.
  const animTempo = demonstrationTempo(demo, exercise.tempo);
  const target = targetReps(exercise, state.setNumber);
  const capSeconds =
    animTempo && target !== undefined ? target * repSeconds(animTempo) : Number.POSITIVE_INFINITY;
  const working = phase.kind === 'work';
  const movementKey = `${state.exerciseIndex}:${state.setNumber}:${state.sideIndex}:${phase.kind}`;
  const [repsDone, setRepsDone] = useState(false);
  const elapsed = useMovementClock(
    working && !paused && !repsDone && animTempo !== null,
    movementKey,
  );
  const frameSeconds = Math.min(elapsed, capSeconds);
  useEffect(() => {
    setRepsDone(working && elapsed >= capSeconds);
  }, [working, elapsed, capSeconds]);
  const position =
    working && animTempo && !repsDone ? tempoPosition(animTempo, frameSeconds) : null;

  // Metronome and voice on each phase of a repetition.
  const cueKey = position ? `${movementKey}:${position.rep}:${position.phase}` : '';
  const cuePhase = position?.phase;
  useEffect(() => {
    if (!cueKey || !cuePhase || !animTempo) return;
    const kind = cuePhase === 'down' ? 'down' : cuePhase === 'up' ? 'up' : 'hold';
    if (soundOn) beep(kind);
    if (voiceOn && animTempo[cuePhase] >= 0.9)
      say(kind === 'down' ? 'Down' : kind === 'up' ? 'Up' : 'Hold');
  }, [cueKey, cuePhase, animTempo, soundOn, voiceOn]);

  // Milestones: announced (aria-live), and spoken and beeped if the runner wants.
  const sideWords = side ? sideLabel(exercise, side) : '';
  const lastLogged = state.logged[state.logged.length - 1];
  const restTotal =
    phase.kind === 'rest' ? (exercises[lastLogged?.exerciseIndex ?? 0]?.restSeconds ?? 0) : 0;
  const milestone = (() => {
    const where = `${state.exerciseIndex}:${state.setNumber}:${state.sideIndex}`;
    switch (phase.kind) {
      case 'ready':
        return `ready:${where}`;
      case 'work':
        return phase.endsAt !== undefined &&
          seconds <= 10 &&
          exercise.seconds !== undefined &&
          exercise.seconds > 15
          ? `work-10:${where}`
          : `work:${where}`;
      case 'rest':
        return seconds <= 10 && restTotal > 15 ? `rest-10:${where}` : `rest:${where}`;
      default:
        return `${phase.kind}:${where}`;
    }
  })();
  const spoken = useRef('');
  useEffect(() => {
    if (spoken.current === milestone) return;
    spoken.current = milestone;
    const kind = milestone.slice(0, milestone.indexOf(':'));
    const setWords = `set ${state.setNumber} of ${exercise.sets}`;
    const lines: Record<string, [string, string | null, Parameters<typeof beep>[0] | null]> = {
      ready: [
        `${exercise.name}, ${setWords}${sideWords ? `, ${sideWords}` : ''}. Starting in 5 seconds.`,
        sideWords || 'Get ready',
        null,
      ],
      work:
        exercise.seconds !== undefined
          ? [`Hold for ${exercise.seconds} seconds.`, `Hold ${exercise.seconds} seconds`, 'go']
          : ['Go.', 'Go', 'go'],
      'work-10': ['10 seconds left.', '10 seconds', null],
      log: [
        `${exercise.name}, ${setWords} done. Log it.`,
        null,
        exercise.seconds !== undefined ? 'done' : null,
      ],
      rest: [`Rest ${formatRest(restTotal)}.`, `Rest ${restTotal} seconds`, null],
      'rest-10': ['10 seconds of rest left.', '10 seconds', null],
      finish: ['Workout complete. How hard was the whole session?', 'Workout complete', 'done'],
      saved: ['Workout saved.', null, null],
    };
    const line = lines[kind];
    if (!line) return;
    setAnnouncement(line[0]);
    if (voiceOn && line[1]) say(line[1]);
    if (soundOn && line[2]) beep(line[2]);
  }, [milestone, exercise, sideWords, state.setNumber, restTotal, soundOn, voiceOn]);

  // Get-ready and rest: a tick in each of the last 3 seconds.
  useEffect(() => {
    if (
      soundOn &&
      (phase.kind === 'ready' || phase.kind === 'rest') &&
      !paused &&
      seconds > 0 &&
      seconds <= 3
    ) {
      beep('tick');
    }
  }, [seconds, phase.kind, paused, soundOn]);

  useEffect(() => () => stopSpeaking(), []);

  // Space or Enter anywhere but on a control presses the main button.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' && event.key !== 'Enter') return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('button, a, input, select, textarea, summary, [contenteditable="true"]'))
        return;
      const primary = container.current?.querySelector<HTMLButtonElement>(
        '[data-primary]:not(:disabled)',
      );
      if (!primary) return;
      event.preventDefault();
      primary.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // When the button that had focus went away with the phase, focus the new main button.
  const focusKey = `${phase.kind}:${state.exerciseIndex}:${state.setNumber}:${state.sideIndex}:${editing?.id ?? ''}`;
  useEffect(() => {
    if (!focusKey) return;
    const active = document.activeElement;
    if (active && active !== document.body && container.current?.contains(active)) return;
    container.current?.querySelector<HTMLElement>('[data-primary]')?.focus({ preventScroll: true });
  }, [focusKey]);

  const toggleSound = (on: boolean) => {
    if (on) unlockAudio();
    setSoundOn(on);
  };
  const toggleVoice = (on: boolean) => {
    if (!on) stopSpeaking();
    setVoiceOn(on);
  };

  const logSet = (body: SetBody, id = clientId()) => {
    rememberKg(body.exerciseId, body.loadKg);
    void queue.logSet(body, id);
    const set: LoggedSet = {
      id,
      exerciseIndex: state.exerciseIndex,
      setNumber: state.setNumber,
      body,
    };
    const moreOfThis = state.setNumber < exercise.sets;
    setPainPrompt(
      painSaysStop(body.pain) && moreOfThis ? { name: exercise.name, pain: body.pain ?? 0 } : null,
    );
    dispatch({ type: 'logged', set, now: Date.now() });
  };

  const correct = (body: SetBody) => {
    if (!editing) return;
    rememberKg(body.exerciseId, body.loadKg);
    void queue.logSet(body, editing.id);
    dispatch({ type: 'logged', set: { ...editing, body }, now: Date.now() });
    setEditing(null);
  };

  const { done, total } = progressOf(state, exercises);
  const exerciseWords = `Exercise ${state.exerciseIndex + 1}/${exercises.length}`;

  if (phase.kind === 'overview') {
    return (
      <div ref={container}>
        <PlayerIntro
          session={session}
          units={units}
          onBegin={(painBefore) => {
            // A tap: the moment browsers let the tempo beeps' audio start.
            if (soundOn) unlockAudio();
            dispatch({ type: 'begin', now: Date.now(), painBefore });
          }}
          onClose={onExit}
        />
      </div>
    );
  }

  if (phase.kind === 'finish' || phase.kind === 'saved') {
    return (
      <div ref={container} className="mx-auto flex max-w-lg flex-col gap-4 py-6">
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
        {phase.kind === 'finish' ? (
          <FinishForm
            sessionId={session.id}
            date={date}
            measuredMinutes={workoutMinutes(state.startedAt, Date.now())}
            setsLogged={state.logged.length}
            painBefore={state.painBefore ?? null}
            onSave={(body) => {
              const id = clientId();
              void queue.logWorkout(body, id);
              dispatch({ type: 'saved', workoutId: id });
            }}
            onLeave={() => {
              clearSavedPlayer();
              onExit();
            }}
          />
        ) : (
          <section className="flex flex-col gap-3">
            <h2 className="text-xl font-semibold">Workout saved</h2>
            <p>
              {session.title}: {state.logged.length === 1 ? '1 set' : `${state.logged.length} sets`}{' '}
              logged.
            </p>
            <LogQueueStatus />
            <Button data-primary onClick={onExit}>
              Back to today
            </Button>
          </section>
        )}
      </div>
    );
  }

  const inRest = phase.kind === 'rest';
  const restLast = inRest ? lastLogged : undefined;
  const restExercise = restLast ? exercises[restLast.exerciseIndex] : undefined;
  const demoLabel = `${exercise.name}${sideWords ? `, ${sideWords.toLowerCase()}` : ''}: ${
    demo.hold ? 'the position to hold' : `moving at ${tempoWords(animTempo)}`
  }, seen from the ${demo.view}`;

  return (
    <div
      ref={container}
      className="flex flex-col gap-4 py-3 md:grid md:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)] md:gap-x-8"
    >
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <header className="flex items-center justify-between gap-2 md:col-span-2">
        <div className="min-w-0 text-sm">
          <p className="hidden truncate text-stone-600 sm:block">{session.title}</p>
          <p className="whitespace-nowrap font-medium text-stone-800">
            {exerciseWords} · {done}/{total} sets
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          <Button
            variant="secondary"
            className="px-3 text-sm"
            onClick={onExit}
            aria-label="Close the player (the workout is kept to resume)"
          >
            Close
          </Button>
          <Button
            variant="secondary"
            className="px-3 text-sm"
            onClick={() => dispatch({ type: 'end-workout' })}
          >
            End workout
          </Button>
        </div>
      </header>
      <div
        className="h-2 overflow-hidden rounded-full bg-stone-200 md:col-span-2"
        role="progressbar"
        aria-label="Sets logged"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <div
          className="h-full bg-brand transition-[width]"
          style={{ width: `${total ? (done / total) * 100 : 0}%` }}
        />
      </div>
      <LogQueueStatus className="md:col-span-2" />

      <section aria-labelledby={headingId} className="flex flex-col gap-2">
        <h1 id={headingId} className="text-2xl font-bold leading-tight">
          {inRest && <span className="block text-base font-medium text-stone-600">Next</span>}
          {exercise.name}
          {sideWords && <span className="text-brand"> · {sideWords}</span>}
        </h1>
        <p className="text-stone-700">
          Set {state.setNumber} of {exercise.sets} · {amountWords(exercise, state.setNumber)}
        </p>
        <div className="aspect-[4/3] max-h-[38vh] w-full overflow-hidden rounded-xl border border-stone-200 bg-white p-2 md:max-h-[52vh]">
          <DemonstrationView
            demo={demo}
            tempo={working ? animTempo : null}
            elapsed={frameSeconds}
            mirrored={side === 'left'}
            label={demoLabel}
          />
        </div>
        <p className="text-sm text-stone-700">
          {demo.hold ? 'Hold the position still.' : `Tempo: ${tempoWords(animTempo)}.`}
          {position && target !== undefined && (
            <span className="ml-1 font-semibold text-stone-900">
              Rep {Math.min(position.rep + 1, target)} of {target}:{' '}
              {position.phase === 'down' ? 'down' : position.phase === 'up' ? 'up' : 'hold'}
            </span>
          )}
          {working && repsDone && target !== undefined && (
            <span className="ml-1 font-semibold text-stone-900">
              All {target} done at the pace.
            </span>
          )}
        </p>
      </section>

      <section aria-label="Now" className="flex flex-col gap-4">
        <div className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
          {phase.kind === 'ready' && (
            <>
              <p className="text-sm font-medium uppercase tracking-wide text-stone-600">
                Get ready
              </p>
              <p role="timer" aria-label="Get ready" className="text-6xl font-bold tabular-nums">
                {seconds}
              </p>
              <Button
                data-primary
                className="min-h-14 text-lg"
                onClick={() => dispatch({ type: 'start-now', now: Date.now() })}
              >
                Start now
              </Button>
              <Button
                variant="secondary"
                onClick={() => dispatch({ type: paused ? 'resume' : 'pause', now: Date.now() })}
              >
                {paused ? 'Resume' : 'Pause'}
              </Button>
            </>
          )}
          {phase.kind === 'work' && (
            <>
              <p className="text-sm font-medium uppercase tracking-wide text-stone-600">
                {exercise.seconds !== undefined ? 'Hold' : 'Your set'}
                {sideWords ? ` · ${sideWords}` : ''}
              </p>
              {phase.endsAt !== undefined ? (
                <p
                  role="timer"
                  aria-label="Hold remaining"
                  className="text-6xl font-bold tabular-nums"
                >
                  {clock(seconds)}
                </p>
              ) : (
                <p className="text-3xl font-bold">{amountWords(exercise, state.setNumber)}</p>
              )}
              <Button
                data-primary
                className="min-h-14 text-lg"
                onClick={() => dispatch({ type: 'done', now: Date.now() })}
              >
                {exercise.seconds !== undefined
                  ? 'Done early'
                  : sides.length > 1 && state.sideIndex === 0
                    ? `Done: ${sideWords.toLowerCase()}`
                    : 'Done'}
              </Button>
              <Button
                variant="secondary"
                onClick={() => dispatch({ type: paused ? 'resume' : 'pause', now: Date.now() })}
              >
                {paused ? 'Resume' : 'Pause'}
              </Button>
            </>
          )}
          {phase.kind === 'log' && (
            <LogSetForm
              key={`${state.exerciseIndex}:${state.setNumber}`}
              exercise={exercise}
              sessionId={session.id}
              date={date}
              setNumber={state.setNumber}
              units={units}
              lastKg={recallKg(exercise.exerciseId, state.logged)}
              workedSeconds={state.workedSeconds}
              onLog={(body) => logSet(body)}
            />
          )}
          {inRest && (
            <>
              <p className="text-sm font-medium uppercase tracking-wide text-stone-600">Rest</p>
              <p
                role="timer"
                aria-label="Rest remaining"
                className="text-6xl font-bold tabular-nums"
              >
                {clock(seconds)}
              </p>
              <div className="grid grid-cols-2 gap-2">
                <Button
                  data-primary
                  onClick={() => dispatch({ type: 'skip-rest', now: Date.now() })}
                >
                  Skip rest
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => dispatch({ type: 'add-rest', seconds: 30, now: Date.now() })}
                >
                  +30 s
                </Button>
              </div>
              {painPrompt && (
                <div
                  role="alert"
                  className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900"
                >
                  <p>
                    Pain {painPrompt.pain}/10 is above 5: the pain gate says stop {painPrompt.name}{' '}
                    for today.
                  </p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <Button
                      variant="danger"
                      onClick={() => {
                        dispatch({ type: 'end-exercise', now: Date.now() });
                        setPainPrompt(null);
                      }}
                    >
                      End this exercise
                    </Button>
                    <Button variant="secondary" onClick={() => setPainPrompt(null)}>
                      Carry on
                    </Button>
                  </div>
                </div>
              )}
              {restLast && restExercise && !editing && (
                <p className="text-sm text-stone-700">
                  Logged: {restExercise.name}, set {restLast.setNumber}:{' '}
                  {loggedWords(restLast.body, units)}.{' '}
                  <button
                    type="button"
                    className="min-h-11 font-semibold text-brand underline underline-offset-2"
                    onClick={() => setEditing(restLast)}
                  >
                    Correct it
                  </button>
                </p>
              )}
              {editing && restExercise && (
                <LogSetForm
                  exercise={restExercise}
                  sessionId={session.id}
                  date={date}
                  setNumber={editing.setNumber}
                  units={units}
                  lastKg={null}
                  editing={editing.body}
                  onLog={correct}
                  onCancel={() => setEditing(null)}
                />
              )}
            </>
          )}
          {(phase.kind === 'ready' || phase.kind === 'work' || inRest) && (
            <Button
              variant="secondary"
              className="self-start text-sm"
              onClick={() => dispatch({ type: 'end-exercise', now: Date.now() })}
            >
              {inRest ? `Skip ${exercise.name}` : 'Skip this exercise'}
            </Button>
          )}
        </div>

        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-stone-600">Dose</dt>
          <dd>{formatDose(exercise)}</dd>
          <dt className="text-stone-600">Load</dt>
          <dd>{formatLoad(exercise.load, units)}</dd>
          <dt className="text-stone-600">Rest</dt>
          <dd>{formatRest(exercise.restSeconds)}</dd>
          {exercise.targetRpe !== undefined && (
            <>
              <dt className="text-stone-600">Effort</dt>
              <dd>RPE {exercise.targetRpe}</dd>
            </>
          )}
        </dl>
        <section aria-label="Form cues">
          <h2 className="text-base font-semibold">Form cues</h2>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-stone-800">
            {exercise.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
          {exercise.note && <p className="mt-2 text-sm text-stone-600">{exercise.note}</p>}
        </section>
        <div className="flex flex-wrap gap-2">
          <Toggle label="Tempo beeps" on={soundOn} onChange={toggleSound} />
          <Toggle label="Voice cues" on={voiceOn} onChange={toggleVoice} />
        </div>
      </section>
    </div>
  );
};
