import { bench, describe } from 'vitest';

import { generateDemo } from '@core/demo/generate';

describe('generateDemo', () => {
  bench('default seed and reference date', () => {
    generateDemo();
  });

  bench('another seed', () => {
    generateDemo({ seed: 99 });
  });
});
