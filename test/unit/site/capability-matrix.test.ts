// The capability-matrix pages keep the matrix as hand-written Markdown tables; src/data/capabilities.ts
// is the source of truth (the self-assessment renders from it). These tests fail when a page drifts
// from the data: a row missing, moved or extra, a level, text, link or anchor that differs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { capabilities, capabilitiesIn, dimensions, levels, localizedHref, type Locale } from '../../../src/data/capabilities.ts';

const pages: Record<Locale, string> = {
  en: 'content/docs/roadmap/capability-matrix.md',
  'zh-cn': 'content/docs/zh-cn/roadmap/capability-matrix.md',
};

type Section = { heading: string; rows: string[][] };

/** The page's `##` sections in order, each with the body rows of its table (header and rule dropped). */
function sections(markdown: string): Section[] {
  const out: Section[] = [];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) {
      out.push({ heading: line.slice(3).trim(), rows: [] });
      inTable = false;
    } else if (line.startsWith('|') && out.length) {
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      // The first row of a table is its header; the second its rule.
      if (inTable && !cells.every((c) => /^:?-+:?$/.test(c))) out.at(-1)!.rows.push(cells);
      inTable = true;
    } else {
      inTable = false;
    }
  }
  return out;
}

const local = (x: { en: string; 'zh-cn': string }, locale: Locale) => (locale === 'en' ? x.en : x['zh-cn']);
/** Inline code is formatting the data does not carry. */
const plain = (md: string) => md.replace(/`/g, '');

describe.each(Object.entries(pages) as [Locale, string][])('capability matrix page (%s)', (locale, file) => {
  const all = sections(readFileSync(file, 'utf8'));
  const overviewAt = all.findIndex((s) => s.rows.length > 0);
  const overview = all[overviewAt]!;
  const detail = all.slice(overviewAt + 1);

  it('has an overview with one row per dimension, linking each cell to its anchor', () => {
    expect(overview.rows.map((r) => r[0])).toEqual(dimensions.map((d) => `**${local(d, locale)}**`));
    for (const [i, d] of dimensions.entries()) {
      const links = overview.rows[i]!.slice(1).map((cell) => /^\[[^\]]+\]\(#([^)]+)\)$/.exec(cell)?.[1]);
      expect(links, d.id).toEqual(levels.map((l) => `${d.id}.${l.id}`));
    }
  });

  it('has one section per dimension, in order, named as in the data', () => {
    expect(detail.map((s) => s.heading)).toEqual(dimensions.map((d) => local(d, locale)));
  });

  it('lists every capability of a dimension in data order, with its level, text, link and id', () => {
    const expected = dimensions.flatMap((d) => {
      const want = levels.flatMap((l) => capabilitiesIn(d.id, l.id));
      return want.map((c, j) => {
        const level = local(levels.find((l) => l.id === c.level)!, locale);
        const firstOfLevel = j === 0 || want[j - 1]!.level !== c.level;
        return {
          id: c.id,
          level: firstOfLevel ? `<span id="${d.id}.${c.level}"></span>**${level}**` : level,
          text: `<span id="${c.id}"></span>${local(c, locale)}`,
          href: localizedHref(c.href, locale),
        };
      });
    });
    const actual = detail.flatMap((section) =>
      section.rows.map(([level, text, link, id]) => ({
        id: /^`([^`]+)`$/.exec(id ?? '')?.[1],
        level,
        text: plain(text ?? ''),
        href: /^\[[^\]]+\]\(([^)]+)\)$/.exec(link ?? '')?.[1],
      })),
    );
    // A table grouped by level can only follow the data if the data is in level order too.
    expect(expected.map((c) => c.id), 'data order').toEqual(capabilities.map((c) => c.id));
    expect(actual).toEqual(expected);
  });

  it('has exactly one anchor per capability and per cell, and no other', () => {
    const anchors = [...readFileSync(file, 'utf8').matchAll(/<span id="([^"]+)"><\/span>/g)].map((m) => m[1]).sort();
    const cells = dimensions.flatMap((d) => levels.filter((l) => capabilitiesIn(d.id, l.id).length).map((l) => `${d.id}.${l.id}`));
    expect(anchors).toEqual([...capabilities.map((c) => c.id), ...cells].sort());
  });
});
