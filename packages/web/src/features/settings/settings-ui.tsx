import { type ReactNode, useId } from 'react';
import { ApiError } from '../../api/client';

/** One settings card: a titled section with a short line on what it is for. */
export const SettingsSection = ({
  title,
  intro,
  children,
  tone = 'plain',
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  tone?: 'plain' | 'danger';
}) => {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={`flex flex-col gap-4 rounded-2xl border bg-white p-4 md:p-6 ${tone === 'danger' ? 'border-red-300' : 'border-stone-300'}`}
    >
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="text-xl font-bold">
          {title}
        </h2>
        {intro && <p className="text-sm text-stone-700">{intro}</p>}
      </div>
      {children}
    </section>
  );
};

/** A subheading inside a section. */
export const SubTitle = ({ id, children }: { id?: string; children: ReactNode }) => (
  <h3 id={id} className="text-lg font-semibold">
    {children}
  </h3>
);

/** Good news, announced without moving focus. */
export const Done = ({ children }: { children: ReactNode }) => (
  <p role="status" className="rounded-lg bg-teal-50 px-3 py-2 text-sm text-teal-900">
    {children}
  </p>
);

/** A failure not tied to one field, in the server's words. */
export const Problem = ({ children }: { children: ReactNode }) => (
  <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900">
    {children}
  </p>
);

/** What to tell the runner about a failed call that no field explains. */
export const messageOf = (error: unknown): string => {
  if (!(error instanceof ApiError)) return 'Something went wrong: try again.';
  if (error.status === 429) return 'Too many attempts: wait a minute and try again.';
  return error.message;
};

/** A labelled checkbox with a 44 px target. */
export const Check = ({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => (
  <label className="flex min-h-11 cursor-pointer items-center gap-3 text-base">
    <input
      type="checkbox"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      className="size-5 accent-brand"
    />
    {label}
  </label>
);
