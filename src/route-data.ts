// Starlight route middleware: adjustments to a page's route data that Markdown cannot express.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { selfAssessmentHeadings, selfAssessmentLocale } from './lib/self-assessment-toc';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const locale = selfAssessmentLocale(route.entry.id);
  // The checklist's headings come after the page's Markdown: list them in the table of contents too.
  if (locale && route.toc) {
    route.toc.items.push(...selfAssessmentHeadings(locale).map((h) => ({ ...h, children: [] })));
  }
});
