// Playback speeds in steps per second; +/− and the speed slider move along this list.
export const SPEEDS = [1, 2, 4, 8, 16, 32, 60] as const;
export const SPEED_COUNT = SPEEDS.length;
export const DEFAULT_SPEED = 2;
/** Above this many steps per second, frames jump instead of animating, so playback keeps up. */
export const ANIMATE_UP_TO = 4;
