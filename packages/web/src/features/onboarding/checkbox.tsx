import type { ReactNode } from 'react';

interface CheckboxProps {
  label: ReactNode;
  name: string;
  value?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A smaller row, for a checkbox beside a heading; still a 24 px target (WCAG 2.5.8). */
  compact?: boolean;
  className?: string;
}

/** A native checkbox with its label around it, so the whole label is the click target. */
export const Checkbox = ({
  label,
  name,
  value,
  checked,
  onChange,
  compact = false,
  className = '',
}: CheckboxProps) => (
  <label
    className={`flex cursor-pointer items-center gap-2 text-sm text-stone-800 ${compact ? 'py-1' : 'min-h-11'} ${className}`}
  >
    <input
      type="checkbox"
      name={name}
      value={value}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      className="size-5 shrink-0 accent-brand"
    />
    <span>{label}</span>
  </label>
);
