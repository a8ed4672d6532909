import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { humaniseDates } from '../plan/plan-dates';
import { sentence } from '../plan/plan-words';
import type { AdaptationSignal, ImportProblem } from './runs-types';
import { importSummary, type UploadOutcome } from './upload-outcome';

/** What came of an upload: the counts, each file's problem, and what the runs changed. */
export const ImportOutcomeView = ({
  outcome,
  sentInFull,
}: {
  outcome: UploadOutcome;
  /** Every byte had reached the server when it was cancelled. */
  sentInFull: boolean;
}) => {
  if (outcome.kind === 'cancelled') {
    return (
      <p role="status" className="rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-900">
        Upload cancelled.
        {sentInFull
          ? ' The files had already been sent, so the server may have stored them: the list below shows what it has.'
          : ' Nothing was imported.'}
      </p>
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <div role="alert" className="flex flex-col gap-2 rounded-lg bg-red-50 px-3 py-2 text-red-900">
        <p className="text-sm font-semibold">
          {sentence(outcome.message)} <span className="font-normal">(code {outcome.code})</span>
        </p>
        <ProblemList problems={outcome.problems} />
      </div>
    );
  }
  const { result } = outcome;
  return (
    <div className="flex flex-col gap-3">
      <p
        role="status"
        className="rounded-lg bg-teal-50 px-3 py-2 text-base font-semibold text-teal-950"
      >
        {importSummary(result)}.
      </p>
      {result.problems.length > 0 && (
        <div className="flex flex-col gap-1 rounded-lg border border-stone-300 bg-white px-3 py-2">
          <p className="text-sm font-semibold text-stone-900">
            {result.problems.length === 1 ? 'One file had a problem:' : 'Some files had problems:'}
          </p>
          <ProblemList problems={result.problems} />
        </div>
      )}
      <Signals signals={result.adaptation.signals} changed={result.adaptation.changes.length > 0} />
    </div>
  );
};

/** One line per problem: the file, the server's plain words, and the stable code. */
const ProblemList = ({ problems }: { problems: readonly ImportProblem[] }) =>
  problems.length === 0 ? null : (
    <ul aria-label="Problems by file" className="flex list-disc flex-col gap-1 pl-5 text-sm">
      {problems.map((problem) => (
        <li key={`${problem.file}\u0000${problem.code}\u0000${problem.message}`}>
          <span className="font-semibold break-all">{problem.file}</span>: {problem.message}{' '}
          <span className="whitespace-nowrap text-stone-700">
            (code <code>{problem.code}</code>)
          </span>
        </li>
      ))}
    </ul>
  );

/** What the coach read in the new runs, and whether the sessions ahead changed for it. */
const Signals = ({
  signals,
  changed,
}: {
  signals: readonly AdaptationSignal[];
  changed: boolean;
}) => {
  const headingId = useId();
  if (signals.length === 0 && !changed) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border-2 border-brand bg-white px-3 py-2"
    >
      <h3 id={headingId} className="font-semibold">
        {changed ? 'Your plan changed' : 'What your runs show'}
      </h3>
      {signals.length > 0 && (
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-stone-800">
          {signals.map((signal) => (
            <li key={`${signal.kind}-${signal.evidence}`}>
              {changed ? 'Your plan changed: ' : ''}
              {humaniseDates(signal.evidence)}
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-stone-800">
        {changed ? (
          <>
            Each session that moved or got lighter says why on{' '}
            <Link to="/plan" className="font-semibold text-brand underline">
              your plan
            </Link>
            .
          </>
        ) : (
          'Your plan did not need to change for it.'
        )}
      </p>
    </section>
  );
};
