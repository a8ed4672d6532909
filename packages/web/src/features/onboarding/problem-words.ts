import type { InputProblem } from '@runstrong/core';
import type { DraftProblem } from './profile-draft';

const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * The core's problem with the profile, in words a runner reads next to the field: the core's
 * messages name the JSON path and quote JSON values, which a form has no need of.
 */
export const plainProblem = (problem: InputProblem): DraftProblem => {
  const { path, code, message, accepted } = problem;
  const words = (() => {
    switch (code) {
      case 'missing-field':
        return path === 'weeks'
          ? 'Enter a number of weeks from 1 to 52, or choose a race.'
          : 'Please fill this in.';
      case 'race-before-start':
        return 'The race must be after the start date.';
      case 'no-free-day':
        return 'Every day is marked unavailable: leave at least one day free for strength.';
      case 'unknown-programme':
        return 'This programme is no longer offered: choose another one.';
      default:
        return accepted
          ? `${sentence(message)} Accepted: ${sentence(accepted)}`
          : sentence(message);
    }
  })();
  return { path, message: words };
};
