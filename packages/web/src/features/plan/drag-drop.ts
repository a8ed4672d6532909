import { type DragEvent, useState } from 'react';
import { type MoveOutcome, usePlanActions } from './plan-actions';

const SESSION_TYPE = 'application/x-runstrong-session';

/**
 * Drag a session with a pointer (HTML drag and drop). The keyboard and touch way to do the same
 * is the "Move…" picker; dragging is only a shortcut.
 */
export const useDraggableSession = (sessionId: string, from: string, movable: boolean) => {
  const { setDragging } = usePlanActions();
  if (!movable) return {};
  return {
    draggable: true,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData(SESSION_TYPE, sessionId);
      // Firefox starts a drag only with data set; text/plain is the type it always accepts.
      event.dataTransfer.setData('text/plain', sessionId);
      event.dataTransfer.effectAllowed = 'move';
      setDragging({ id: sessionId, from });
    },
    onDragEnd: () => setDragging(null),
  };
};

/**
 * A day a dragged session can be dropped on: any day of the plan other than the one it is on.
 * Whether a drag carries a session is read from the event itself, so the first `dragover`
 * counts even before the page has redrawn for the drag. `onMoved` hears what the move came to,
 * so the month grid can open the session when the server refused it.
 */
export const useDropDay = (date: string, onMoved?: (id: string, outcome?: MoveOutcome) => void) => {
  const { dragging, setDragging, days, move } = usePlanActions();
  const [over, setOver] = useState(false);
  const inPlan = days.has(date);
  const accepts = dragging !== null && dragging.from !== date && inPlan;
  // A drag that ended elsewhere (or left the window) leaves no highlight behind.
  if (!dragging && over) setOver(false);
  const carriesSession = (event: DragEvent) =>
    inPlan && dragging?.from !== date && event.dataTransfer.types.includes(SESSION_TYPE);
  return {
    over: accepts && over,
    accepts,
    props: {
      onDragOver: (event: DragEvent) => {
        if (!carriesSession(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent) => {
        if (!carriesSession(event)) return;
        event.preventDefault();
        setOver(false);
        setDragging(null);
        const id = event.dataTransfer.getData(SESSION_TYPE);
        if (id) void move(id, date).then((outcome) => onMoved?.(id, outcome));
      },
    },
  };
};
