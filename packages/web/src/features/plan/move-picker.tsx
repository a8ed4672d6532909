import { dateRange } from '@runstrong/core';
import { ModalDialog } from '../../components/modal-dialog';
import { usePlanActions } from './plan-actions';
import { dayLabel, dayLabelLong, moveTargets } from './plan-dates';
import { runLabel } from './plan-words';

/**
 * The keyboard and touch way to move a session: the days of its week and the next, each with
 * its run and whether strength is already on it. The server checks the rules; a refusal shows
 * next to the session with "Move anyway".
 */
export const MovePicker = () => {
  const { pickerSessionId, openPicker, find, days, today, move } = usePlanActions();
  const found = pickerSessionId ? find(pickerSessionId) : undefined;
  const targets = found ? moveTargets(found.day.date) : [];
  const weeks = [targets.slice(0, 7), targets.slice(7)];

  const choose = (date: string) => {
    const id = pickerSessionId;
    openPicker(null);
    if (id) void move(id, date);
  };

  return (
    <ModalDialog
      open={found !== undefined}
      onClose={() => openPicker(null)}
      title={found ? `Move ${found.session.title}` : ''}
      subtitle={found && `Now on ${dayLabelLong(found.day.date)}. Choose a day:`}
    >
      {found && (
        <div className="flex flex-col gap-4">
          {weeks.map((week, index) => {
            const inPlan = week.filter((d) => days.has(d));
            if (inPlan.length === 0) return null;
            const heading = `${index === 0 ? 'This week' : 'Next week'} · ${dateRange(week[0] ?? '', week[6] ?? '')}`;
            return (
              <section key={week[0]} aria-label={heading}>
                <h3 className="text-sm font-semibold text-stone-800">{heading}</h3>
                <ul className="mt-1 grid gap-1 sm:grid-cols-2">
                  {inPlan.map((date) => {
                    const day = days.get(date);
                    const current = date === found.day.date;
                    const others = (day?.sessions ?? []).filter(
                      (s) => s.id !== found.session.id && !s.skipped,
                    );
                    return (
                      <li key={date}>
                        <button
                          type="button"
                          disabled={current}
                          onClick={() => choose(date)}
                          className="flex min-h-11 w-full flex-col items-start rounded-md border border-stone-400 bg-white px-3 py-1.5 text-left hover:bg-teal-50 disabled:border-dashed disabled:bg-stone-100"
                        >
                          <span className="font-semibold">
                            {dayLabel(date)}
                            {date === today && ' · today'}
                            {current && ' · where it is now'}
                          </span>
                          <span className="text-xs text-stone-700">
                            {day ? runLabel(day.run) : ''}
                            {others.length > 0 && ` · has ${others.map((s) => s.title).join(', ')}`}
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </ModalDialog>
  );
};
