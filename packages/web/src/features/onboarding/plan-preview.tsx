import type { RunDayType } from '@runstrong/core';
import { fieldFor, fieldLabel } from './field-paths';
import type { Preview, PreviewNote } from './preview-model';
import type { DraftProblem } from './profile-draft';

const RUN_WORDS: Record<RunDayType, string> = {
  rest: 'rest day',
  easy: 'easy run',
  quality: 'quality run',
  long: 'long run',
  race: 'race',
};

const NOTE_WORDS: Record<PreviewNote['kind'], string> = {
  relaxed: 'Rule relaxed',
  dropped: 'Session dropped',
  warning: 'Note',
};

interface PlanPreviewProps {
  /** The coach's preview; null while the coach is loading. */
  preview: Preview | null;
  failed: boolean;
  /** Everything the form must fix before there is a plan, the form's own checks included. */
  problems: readonly DraftProblem[];
  onJump: (path: string) => void;
}

/**
 * The first weeks of the plan as the runner types: where each session falls and why, and what
 * the coach had to bend. Computed in the browser by the same core the server saves with.
 */
export const PlanPreview = ({ preview, failed, problems, onJump }: PlanPreviewProps) => (
  <section aria-labelledby="plan-preview-title" className="flex flex-col gap-4">
    <h2 id="plan-preview-title" className="text-lg font-bold text-stone-900">
      Preview: your first 3 weeks
    </h2>
    {problems.length > 0 ? (
      <Problems problems={problems} onJump={onJump} />
    ) : failed ? (
      <p className="text-sm text-stone-700">
        The preview could not be loaded (are you offline?). You can still save: the server makes the
        same plan.
      </p>
    ) : preview === null ? (
      <p role="status" className="text-sm text-stone-700">
        Loading the coach…
      </p>
    ) : preview.ok ? (
      <Weeks preview={preview} />
    ) : null}
  </section>
);

const Problems = ({ problems, onJump }: Pick<PlanPreviewProps, 'problems' | 'onJump'>) => (
  <div className="rounded-lg border border-red-300 bg-red-50 p-3">
    <p className="text-sm font-semibold text-stone-900">
      Your plan appears here once {problems.length === 1 ? 'this is' : 'these are'} fixed:
    </p>
    <ul className="mt-2 flex flex-col gap-1">
      {problems.map((problem) => {
        const field = fieldFor(problem.path);
        return (
          <li key={`${problem.path}|${problem.message}`} className="text-sm text-red-900">
            {field ? (
              <button
                type="button"
                onClick={() => onJump(problem.path)}
                className="text-left underline underline-offset-2 hover:text-red-950"
              >
                {fieldLabel(field)}: {problem.message}
              </button>
            ) : (
              problem.message
            )}
          </li>
        );
      })}
    </ul>
  </div>
);

const Weeks = ({ preview }: { preview: Extract<Preview, { ok: true }> }) => (
  <>
    <p className="text-sm text-stone-700">
      {preview.programme}: {preview.totalWeeks} {preview.totalWeeks === 1 ? 'week' : 'weeks'},{' '}
      {preview.dates}.
    </p>
    <ol className="flex flex-col gap-4">
      {preview.weeks.map((week) => (
        <li key={week.index} className="rounded-lg border border-stone-300 bg-white p-3">
          <h3 className="flex flex-wrap items-baseline justify-between gap-x-2">
            <span className="font-semibold text-stone-900">
              Week {week.index} · {week.phaseLabel}
            </span>
            <span className="text-sm text-stone-700">{week.dates}</span>
          </h3>
          {week.days.length === 0 ? (
            <p className="mt-2 text-sm text-stone-700">No strength session this week.</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-3">
              {week.days.map((day) => (
                <li key={day.date} className="border-l-4 border-brand pl-3">
                  <p className="text-sm font-semibold text-stone-900">
                    {day.label}{' '}
                    <span className="font-normal text-stone-700">· {RUN_WORDS[day.run]}</span>
                  </p>
                  {day.sessions.map((session) => (
                    <p key={session.id} className="text-sm text-stone-900">
                      {session.title} · about {session.minutes} min
                    </p>
                  ))}
                  {day.reasons.length > 0 && (
                    <ul className="mt-1 text-xs text-stone-700">
                      {day.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
    {preview.notes.length > 0 && (
      <div>
        <h3 className="font-semibold text-stone-900">What the coach had to bend</h3>
        <ul className="mt-2 flex flex-col gap-2">
          {preview.notes.map((note) => (
            <li
              key={`${note.kind}|${note.rule}|${note.message}`}
              className="rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm text-stone-900"
            >
              <span className="font-semibold">
                {NOTE_WORDS[note.kind]} ({note.rule}), {note.when.toLowerCase()}:
              </span>{' '}
              {note.message}
            </li>
          ))}
        </ul>
      </div>
    )}
  </>
);
