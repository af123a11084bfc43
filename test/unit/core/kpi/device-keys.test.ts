import { describe, expect, it } from 'vitest';

import { allDeviceKeys } from '@core/kpi/device-keys';

import { device, input } from './fixtures';

describe('all device keys', () => {
  it('list every device in fleet order, in a list of its own for each caller', () => {
    const shared = input({ devices: [device('b'), device('a')] });
    const first = allDeviceKeys(shared);
    first.push('changed by a caller');

    expect(allDeviceKeys(shared)).toEqual(['b', 'a']);
    expect(allDeviceKeys(input({ devices: [device('c')] }))).toEqual(['c']);
  });
});
