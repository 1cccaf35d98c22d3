// Shared simulator machinery: types, seeded PRNG, timeline, URL state codec, source links.
export type * from './types.ts';
export { nextFloat, nextInt, nextU32, seedPrng, type PrngState } from './prng.ts';
export { createTimeline, Timeline, type TimelineOptions } from './timeline.ts';
export {
  base64urlDecode,
  base64urlEncode,
  decodeUrlState,
  encodeUrlState,
  URL_LIMITS,
  type SimUrlSpec,
  type UrlCodecOptions,
  type UrlError,
  type UrlErrorCode,
  type UrlResult,
  type UrlState,
} from './url-state.ts';
export { GO_RELEASE, sourceUrl } from './source.ts';
