// Pure logic of the self-assessment checklist (src/components/SelfAssessment.astro):
// the stored state, the export file, import validation and progress counts. No DOM, no storage,
// so it runs the same in the browser and in the unit tests (test/unit/self-assessment.test.ts).
//
// State is a list of capability ids (never positions), so ticks survive edits to the matrix.

/** localStorage key: a JSON array of ticked ids, shared by both locales. */
export const STORAGE_KEY = 'go-atlas:self-assessment:v1';
export const FILE_FORMAT = 'go-atlas-self-assessment';
export const FILE_VERSION = 1;
export const FILE_NAME = 'go-atlas-self-assessment.json';
/** An export of the whole matrix is a few KB; anything over 1 MB is not one of ours. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ExportFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  exportedAt: string;
  checked: string[];
}

export type ImportError = 'too-large' | 'not-json' | 'wrong-format' | 'wrong-version';

export type ImportResult =
  | { ok: true; checked: string[]; unknown: number; duplicates: number }
  | { ok: false; error: ImportError };

export interface Tally {
  done: number;
  total: number;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The export file for the given ticked ids (deduplicated, in the order given). */
export function buildExport(checked: Iterable<string>, now: Date): ExportFile {
  return { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), checked: [...new Set(checked)] };
}

/**
 * Validates an import file's text against the ids the page knows.
 * Unknown ids are dropped and counted; duplicates are dropped and counted.
 */
export function parseImport(text: string, known: ReadonlySet<string>): ImportResult {
  // UTF-8 never uses fewer bytes than UTF-16 code units, so this never lets a > 1 MB file through.
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'wrong-format' };
  const file = data as Record<string, unknown>;
  if (file['format'] !== FILE_FORMAT) return { ok: false, error: 'wrong-format' };
  if (file['version'] !== FILE_VERSION) return { ok: false, error: 'wrong-version' };
  const list = file['checked'];
  if (!isStringArray(list)) return { ok: false, error: 'wrong-format' };
  const seen = new Set<string>();
  const checked: string[] = [];
  let unknown = 0;
  let duplicates = 0;
  for (const id of list) {
    if (seen.has(id)) {
      duplicates++;
      continue;
    }
    seen.add(id);
    if (known.has(id)) checked.push(id);
    else unknown++;
  }
  return { ok: true, checked, unknown, duplicates };
}

/** Reads the stored value; anything unreadable counts as nothing ticked. */
export function parseStored(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return isStringArray(v) ? [...new Set(v)] : [];
  } catch {
    return [];
  }
}

/**
 * The value to store: the ids ticked now among the known ones, plus every stored id the page
 * does not know (an item removed from the matrix comes back ticked if it returns).
 */
export function mergeStored(stored: readonly string[], known: ReadonlySet<string>, checked: Iterable<string>): string[] {
  const out = new Set(stored.filter((id) => !known.has(id)));
  for (const id of checked) if (known.has(id)) out.add(id);
  return [...out];
}

/** Done/total per group; every item also counts towards the group 'all'. */
export function tally(items: readonly { id: string; groups: readonly string[] }[], checked: ReadonlySet<string>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const item of items) {
    for (const g of ['all', ...item.groups]) {
      let t = out.get(g);
      if (!t) out.set(g, (t = { done: 0, total: 0 }));
      t.total++;
      if (checked.has(item.id)) t.done++;
    }
  }
  return out;
}

/** Whole percent, rounded down so 100 % means everything; 0 for an empty group. */
export const percent = (t: Tally): number => (t.total ? Math.floor((t.done * 100) / t.total) : 0);

/** The visible count, e.g. "7 / 24". */
export const countText = (t: Tally): string => `${t.done} / ${t.total}`;
