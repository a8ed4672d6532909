/**
 * Sound and voice: Web Audio beeps (a low pitch as the lowering starts, a high one as the lift
 * starts) and `speechSynthesis` words. Both are off until the runner turns them on. Nothing here
 * keeps time: the player decides when, from `performance.now()` and `Date.now()`.
 */
export type Beep = 'down' | 'up' | 'hold' | 'tick' | 'go' | 'done';

const PITCH: Record<Beep, { hz: number; ms: number }> = {
  down: { hz: 392, ms: 120 },
  up: { hz: 784, ms: 120 },
  hold: { hz: 523, ms: 80 },
  tick: { hz: 660, ms: 60 },
  go: { hz: 988, ms: 220 },
  done: { hz: 587, ms: 300 },
};

type AudioContextClass = typeof AudioContext;

let context: AudioContext | undefined;

/** Creates or wakes the audio context: browsers allow it only inside a tap or key press. */
export const unlockAudio = (): void => {
  const Class: AudioContextClass | undefined =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ??
        (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);
  if (!Class) return;
  context ??= new Class();
  if (context.state === 'suspended') void context.resume();
};

export const beep = (kind: Beep): void => {
  if (context?.state !== 'running') return;
  const { hz, ms } = PITCH[kind];
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = hz;
  gain.gain.value = 0.18;
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  // The beep's length is the audio's own business; a short fade avoids a click.
  setTimeout(() => {
    if (!context) return;
    gain.gain.setTargetAtTime(0, context.currentTime, 0.015);
    setTimeout(() => oscillator.stop(), 80);
  }, ms);
};

export const say = (text: string): void => {
  if (typeof speechSynthesis === 'undefined') return;
  // A cue that is late is wrong: the newest replaces anything still being spoken.
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'en-GB';
  utterance.rate = 1.1;
  speechSynthesis.speak(utterance);
};

export const stopSpeaking = (): void => {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
};
