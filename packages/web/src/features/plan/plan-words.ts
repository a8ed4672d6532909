import { humaniseDates } from './plan-dates';

/** A rule the server applied, refused a move for, or warned about: "A2" and its reason. */
export interface Finding {
  rule?: string | undefined;
  message: string;
}

/** What a day's run is called on screen. */
export const RUN_LABELS: Record<string, string> = {
  rest: 'Rest day',
  easy: 'Easy run',
  quality: 'Quality run',
  long: 'Long run',
  race: 'Race',
};

export const runLabel = (run: string): string => RUN_LABELS[run] ?? run;

/** What a kind of session is called; strength is the default and goes unsaid. */
export const KIND_LABELS: Record<string, string> = {
  strength: 'Strength',
  activation: 'Activation',
  rehab: 'Rehab',
};

/** "B5 · Quality-run day: lift after the run…", dates in words. */
export const findingText = (finding: Finding, separator = ' · '): string => {
  const message = humaniseDates(finding.message);
  return finding.rule ? `${finding.rule}${separator}${message}` : message;
};

const RULE_PREFIX = /^([AB]\d{1,2}): /;

/**
 * The rules a refused move broke. The server's 422 body lists them as `violations`, and its
 * message joins the same `"<rule>: <message>"` pairs with "; "; the API client keeps only the
 * message, so they are read back from it.
 */
export const parseViolations = (message: string): Finding[] =>
  message
    .split(/; (?=[AB]\d{1,2}: )/)
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const match = RULE_PREFIX.exec(part);
      return match ? { rule: match[1], message: part.slice(match[0].length) } : { message: part };
    });

/** A first letter in capitals, for server messages that start mid-sentence. */
export const sentence = (text: string): string =>
  text.length === 0 ? text : `${text[0]?.toUpperCase()}${text.slice(1)}`;
