// What every GMP caption template gets: the shared format helpers plus the scheduler's actor names.
import { createNarrator, type NarrationFormat, type Narrator } from '../../core/narrator.ts';

type Params = Record<string, string | number>;
export type Template = (p: Params, f: Fmt) => string;
/** The shared format helpers plus the scheduler's actor names. */
export type Fmt = NarrationFormat & {
  g: (v: unknown) => string;
  p: (v: unknown) => string;
  m: (v: unknown) => string;
  n: (v: unknown) => number;
};

export function withActors(f: NarrationFormat): Fmt {
  return {
    ...f,
    g: (v) => `G${String(v)}`,
    p: (v) => `P${String(v)}`,
    m: (v) => `M${String(v)}`,
    n: (v) => (typeof v === 'number' ? v : Number(v)),
  };
}

/** A template made for the shared narrator (it adds the actor names). */
export const bind = (t: Template) => (p: Params, f: NarrationFormat) => t(p, withActors(f));

/** One locale's captions as a narrator (both slots of the table hold that locale). */
export function localeNarrator(table: Record<string, Template>): Narrator {
  return createNarrator(Object.fromEntries(Object.entries(table).map(([k, t]) => [k, { en: bind(t), 'zh-cn': bind(t) }])));
}
