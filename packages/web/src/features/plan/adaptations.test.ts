import { describe, expect, it } from 'vitest';
import { adaptationsOf, notesBesideAdaptations } from './adaptations';

const moved = { what: 'Moved to Thursday', why: 'Your long run moved to Saturday.' };

describe('adaptations from imported runs', () => {
  it('reads a session’s adaptations, and none from a session without them', () => {
    expect(adaptationsOf({ notes: [], adaptations: [moved] })).toEqual([moved]);
    expect(adaptationsOf({ notes: [] })).toEqual([]);
    expect(adaptationsOf({ adaptations: 'lighter' })).toEqual([]);
    expect(adaptationsOf({ adaptations: [{ what: 'Lighter' }, moved] })).toEqual([moved]);
  });

  it('leaves out notes that only repeat what the adaptation note says', () => {
    const session = {
      notes: ['Your long run moved to Saturday.', 'Lift after the run.'],
      adaptations: [moved],
    };
    expect(notesBesideAdaptations(session)).toEqual(['Lift after the run.']);
    expect(notesBesideAdaptations({ notes: ['Lift after the run.'] })).toEqual([
      'Lift after the run.',
    ]);
  });
});
