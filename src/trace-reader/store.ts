// The reader's last input, kept in this browser's IndexedDB so a reload restores it (text, or a
// large paste or file as a Blob). Nothing is sent anywhere. Every call fails soft: storage may be
// off (private windows, quota), and the page then simply does not restore.
import type { ParserSet } from './protocol.ts';

export type StoredInput =
  | { kind: 'text'; text: string; parsers: ParserSet }
  | { kind: 'blob'; blob: Blob; name: string | null; origin: 'paste' | 'file'; parsers: ParserSet }
  | { kind: 'example'; id: string; parsers: ParserSet };

const DB = 'go-atlas-trace-reader';
const STORE = 'input';
const KEY = 'last';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

async function tx<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const r = f(t.objectStore(STORE));
      t.oncomplete = () => resolve(r.result);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

/** Saves (or, with null, forgets) the last input. Resolves false when the browser refused. */
export async function saveInput(v: StoredInput | null): Promise<boolean> {
  try {
    await tx<unknown>('readwrite', (s) => (v === null ? s.delete(KEY) : s.put(v, KEY)) as IDBRequest<unknown>);
    return true;
  } catch {
    return false;
  }
}

export async function loadInput(): Promise<StoredInput | null> {
  try {
    const v = (await tx('readonly', (s) => s.get(KEY))) as StoredInput | undefined;
    if (!v || typeof v !== 'object' || !('kind' in v)) return null;
    return v;
  } catch {
    return null;
  }
}
