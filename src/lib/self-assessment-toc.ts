// The self-assessment's own headings ("Your progress" and one per dimension) are rendered by a
// component, so Starlight's table of contents (built from the Markdown headings) stops before them.
// The component and the route middleware (src/route-data.ts) both take them from here.
import { dimensions, type DimensionId, type Locale } from '../data/capabilities';
import { ui } from '../i18n/index.ts';

export const SUMMARY_HEADING_ID = 'sa-summary';
export const dimensionHeadingId = (d: DimensionId): string => `sa-d-${d}`;

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export function selfAssessmentHeadings(locale: Locale): TocHeading[] {
  return [
    { depth: 2, slug: SUMMARY_HEADING_ID, text: ui[locale]['sa.summary'] },
    ...dimensions.map((d) => ({ depth: 2, slug: dimensionHeadingId(d.id), text: d[locale] })),
  ];
}

/** Is this docs entry id the self-assessment page, and in which locale? */
export function selfAssessmentLocale(entryId: string): Locale | null {
  if (entryId === 'roadmap/self-assessment') return 'en';
  if (entryId === 'zh-cn/roadmap/self-assessment') return 'zh-cn';
  return null;
}
