// The platform contract for the pacer engine, over short random workloads and interventions.
import fc from 'fast-check';
import { createNarrator } from '../../../simulators/core/narrator.ts';
import { NARRATION, pacerEngine } from '../../../simulators/pacer/index.ts';
import { engineContract } from '../../support/engine-contract.ts';
import { actionsArb, configArb } from './arbitraries.ts';

const MiB = 1 << 20;

engineContract(
  'pacer',
  pacerEngine,
  { config: configArb(0.05, 3, fc.oneof(fc.constant(null), fc.integer({ min: 8 * MiB, max: 256 * MiB }))), actions: actionsArb },
  { narrator: createNarrator(NARRATION, { strict: true }), runs: 10_000, maxPositions: 120 },
);
