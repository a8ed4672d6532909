import type { z } from 'zod';
import type { exerciseSchema } from './exercise.schema';

/** What a catalogue entry is written as: the schema's input, before parsing. */
export type ExerciseInput = z.input<typeof exerciseSchema>;
