import type { ReactNode } from 'react';

/** One part of the form: a fieldset whose legend is also a heading, so both ways of reading find it. */
export const FormSection = ({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) => (
  <fieldset className="min-w-0 rounded-xl border border-stone-300 bg-white p-4 sm:p-5">
    <legend className="float-left w-full">
      <h2 className="text-lg font-bold text-stone-900">{title}</h2>
    </legend>
    {intro && <p className="clear-left pt-1 text-sm text-stone-700">{intro}</p>}
    <div className="clear-left flex flex-col gap-5 pt-4">{children}</div>
  </fieldset>
);
