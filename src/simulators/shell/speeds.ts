// Playback speeds in steps per second; +/− and the speed slider move along this list.
// The fast end exists for long runs (a ring streaming 100,000 values): frames then jump.
export const SPEEDS = [1, 2, 4, 8, 16, 32, 60, 250, 1000] as const;
export const SPEED_COUNT = SPEEDS.length;
export const DEFAULT_SPEED = 2;
/** Above this many steps per second, frames jump instead of animating, so playback keeps up. */
export const ANIMATE_UP_TO = 4;
/** Most engine steps per animation frame (1000 steps/s at 60 Hz needs 17). */
export const MAX_STEPS_PER_FRAME = 24;
/** While a run plays, the caption and the other words beside the picture change at most this often. */
export const SIDE_UPDATE_MS = 100;
