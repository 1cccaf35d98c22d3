// The buffered-channel comparison: same values, the hchan lock and shared indices on every op.
import { describe, expect, it } from 'vitest';
import { channelCounters, compareWithChannel } from '../../../simulators/spsc/index.ts';
import { cfg, range, runToEnd } from './helpers.ts';

describe('channelCounters', () => {
  it('delivers the values in order and takes the lock once per send and receive', () => {
    for (const seed of [1, 2, 3, 4]) {
      const k = channelCounters(cfg({ capacity: 4, producer: range(40), pops: 40 }), seed);
      expect(k.received).toEqual(range(40));
      // A goroutine that parks took the lock once; it finishes after gopark without retaking it.
      expect(k.lockAcquisitions).toBe(80);
      expect(k.ops).toBe(80);
      // Every park ends in a direct hand-off by the other side.
      expect(k.parks).toBe(k.directHandoffs);
      expect(k.remoteIndexLoads).toBe(80 - k.directHandoffs);
    }
  });

  it('counts a transfer for the lock line on nearly every operation when both sides alternate', () => {
    const k = channelCounters(cfg({ capacity: 8, producer: range(100), pops: 100 }), 5);
    expect(k.received).toEqual(range(100));
    expect(k.lineTransfers).toBeGreaterThan(100);
  });

  it('a consumer that waits for more values than are sent parks and stays parked', () => {
    const k = channelCounters(cfg({ producer: [1, 2], pops: 3 }), 1);
    expect(k.received).toEqual([1, 2]);
    expect(k.parks).toBeGreaterThanOrEqual(1);
  });

  it('the padded ring with cached indices loads the other side\'s index far less often than the channel touches its shared count', () => {
    const c = cfg({ capacity: 64, producer: range(2000), pops: 2000 });
    const cmp = compareWithChannel(c, 3);
    expect(cmp.ring.received).toBe(2000);
    expect(cmp.channel.remoteIndexLoads).toBeGreaterThanOrEqual(2000);
    expect(cmp.ring.remoteIndexLoads).toBeLessThan(cmp.channel.remoteIndexLoads);
    expect(cmp.ring).toMatchObject({ lineTransfers: runToEnd(c, 3).counters.lineTransfers });
  });
});
