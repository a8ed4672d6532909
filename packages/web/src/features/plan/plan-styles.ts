/** A compact button for actions inside a day: still 44 px tall for a thumb. */
export const SMALL_BUTTON =
  'min-h-11 rounded-md border border-stone-400 bg-white px-3 text-sm font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60 aria-disabled:opacity-60';

/** The same, for the action that carries a warning. */
export const SMALL_WARNING_BUTTON =
  'min-h-11 rounded-md bg-amber-800 px-3 text-sm font-semibold text-white hover:bg-amber-900 disabled:opacity-60';

export const SMALL_DANGER_BUTTON =
  'min-h-11 rounded-md bg-red-800 px-3 text-sm font-semibold text-white hover:bg-red-900 disabled:opacity-60';
