import { type ReactNode, useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  legend: ReactNode;
  /** The profile path the choice fills: the radios' name, and where its problems are shown. */
  name: string;
  options: readonly { value: T; label: string; hint?: string | undefined }[];
  value: T;
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Side by side like a segmented control, or one under another with each option's hint. */
  layout?: 'segmented' | 'stacked';
  className?: string;
}

/**
 * One choice from a few, as native radio buttons in a fieldset: arrow keys move between them,
 * the legend names the group and errors are tied to it for screen readers.
 */
export const ChoiceGroup = <T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  hint,
  error,
  layout = 'segmented',
  className = '',
}: ChoiceGroupProps<T>) => {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset aria-describedby={describedBy || undefined} className={`min-w-0 ${className}`}>
      <legend className="mb-1 text-sm font-medium text-stone-800">{legend}</legend>
      {layout === 'segmented' ? (
        <div
          className={`grid auto-cols-fr grid-flow-col gap-0.5 rounded-lg border bg-white p-0.5 ${error ? 'border-red-700' : 'border-stone-400'}`}
        >
          {options.map((option) => (
            <label key={option.value} className="relative cursor-pointer">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                className="peer sr-only"
              />
              <span className="flex h-full min-h-11 items-center justify-center rounded-md px-1 text-center text-sm leading-tight font-medium text-stone-800 peer-checked:bg-brand peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-amber-700 hover:bg-stone-100 peer-checked:hover:bg-brand-strong">
                {option.label}
              </span>
            </label>
          ))}
        </div>
      ) : (
        <div className="flex flex-col gap-2">
          {options.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-brand has-checked:ring-1 has-checked:ring-brand"
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
                className="mt-0.5 size-5 shrink-0 accent-brand"
              />
              <span className="flex flex-col gap-0.5">
                <span className="font-semibold text-stone-900">{option.label}</span>
                {option.hint && (
                  <span id={`${id}-${option.value}-hint`} className="text-sm text-stone-700">
                    {option.hint}
                  </span>
                )}
              </span>
            </label>
          ))}
        </div>
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
};
