import { periodisedProgramme } from './periodised';
import type { Programme } from './programme';
import { resistanceTrainingForRunning } from './resistance-training';
import { runningAndStrengthTraining } from './running-and-strength-training';
import { runningStrengthTrainingWorkouts } from './running-strength-training-workouts';
import { seedSampleWeekProgramme } from './seed-sample-week';
import { strengthTrainingWithRunning } from './strength-training-with-running';
import { weightVestTrainingForRunning } from './weight-vest-training';

export const PROGRAMMES: readonly Programme[] = [
  periodisedProgramme,
  seedSampleWeekProgramme,
  runningStrengthTrainingWorkouts,
  weightVestTrainingForRunning,
  resistanceTrainingForRunning,
  runningAndStrengthTraining,
  strengthTrainingWithRunning,
];

export const PROGRAMME_IDS: readonly string[] = PROGRAMMES.map((p) => p.id);
export const DEFAULT_PROGRAMME_ID = periodisedProgramme.id;

export const findProgramme = (id: string | undefined): Programme | undefined =>
  PROGRAMMES.find((p) => p.id === (id ?? DEFAULT_PROGRAMME_ID));
