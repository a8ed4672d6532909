import { useEffect, useId, useRef } from 'react';
import { Button } from '../../components/button';
import { Field } from '../../components/field';

interface NumberListFieldProps {
  legend: string;
  /** What one item is called: "Kettlebell" labels "Kettlebell 1 (kg)", "Remove kettlebell 1". */
  itemName: string;
  unit: string;
  /** The profile path of the list: item i is named `${path}[i]`. */
  path: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  errors: Record<string, string>;
  hint?: string;
}

/**
 * A short list of numbers (kettlebell weights, box heights), one input per item with add and
 * remove buttons: easier on a phone's number pad than a comma-separated line. Focus follows the
 * change: into a new item, or back to a neighbour when one is removed.
 */
export const NumberListField = ({
  legend,
  itemName,
  unit,
  path,
  values,
  onChange,
  errors,
  hint,
}: NumberListFieldProps) => {
  const id = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  const focusNext = useRef<string | null>(null);
  const lower = itemName.toLowerCase();

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    const element = group.current?.querySelector<HTMLElement>(
      target === 'add' ? '[data-add]' : `[name="${CSS.escape(target)}"]`,
    );
    element?.focus();
  });

  const add = () => {
    focusNext.current = `${path}[${values.length}]`;
    onChange([...values, '']);
  };
  const remove = (index: number) => {
    focusNext.current = values.length === 1 ? 'add' : `${path}[${Math.max(0, index - 1)}]`;
    onChange(values.filter((_, i) => i !== index));
  };

  return (
    <fieldset ref={group} className="min-w-0" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      {values.length > 0 && (
        <ul className="mt-2 flex flex-col gap-2">
          {values.map((value, index) => {
            const name = `${path}[${index}]`;
            return (
              // Items have no identity but their place; the list is short and edited in place.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index} className="flex items-start gap-2">
                <div className="min-w-0 flex-1 sm:max-w-56">
                  <Field
                    label={`${itemName} ${index + 1} (${unit})`}
                    name={name}
                    inputMode="decimal"
                    autoComplete="off"
                    value={value}
                    onChange={(event) =>
                      onChange(values.map((v, i) => (i === index ? event.target.value : v)))
                    }
                    error={errors[name]}
                  />
                </div>
                <Button
                  variant="secondary"
                  className="mt-6 text-sm"
                  onClick={() => remove(index)}
                  aria-label={`Remove ${lower} ${index + 1}`}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="secondary" className="mt-2 text-sm" onClick={add} data-add="">
        Add a {lower}
      </Button>
    </fieldset>
  );
};
