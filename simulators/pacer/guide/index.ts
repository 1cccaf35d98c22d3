// The GC guide's model ("GC guide mode").
export { guideGogc, guideModel, type GuideInputs, type GuidePhase, type GuidePoint, type GuideResult } from './guideModel.ts';
export { GUIDE_NO_LIMIT, GUIDE_WORKLOADS, type GuideWorkload } from './workloads.ts';
export { GUIDE_DEPARTURES } from './departures.ts';
