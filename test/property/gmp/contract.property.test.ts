// The GMP engine runs the contract every simulator engine runs (test/support/engine-contract.ts),
// over random programs and random reader interventions.
import { createNarrator } from '../../../simulators/core/narrator.ts';
import { gmpEngine, narrationTable } from '../../../simulators/gmp/index.ts';
import { engineContract } from '../../support/engine-contract.ts';
import { actionsArb, configArb } from './arbitraries.ts';

engineContract('GMP', gmpEngine, { config: configArb, actions: actionsArb }, { narrator: createNarrator(narrationTable, { strict: true }), runs: 10_000 });
