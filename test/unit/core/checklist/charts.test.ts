import { describe, expect, it } from 'vitest';

import { actionMatrixOption } from '@core/charts/checklist-matrix';
import { checklistRadarOption } from '@core/charts/checklist-radar';

interface RadarShape {
  radar: { indicator: { name: string; max: number }[] };
  series: { data: { value: number[] }[] }[];
}

interface MatrixShape {
  series: {
    data: { name: string; value: number[] }[];
    markArea: { data: { name?: string }[][] };
  }[];
}

describe('checklist charts', () => {
  it('draws a radar axis per section, rounding scores and naming unscored sections', () => {
    const option = checklistRadarOption(
      [
        { label: 'Inventaire', score: 57.14 },
        { label: 'Sécurité', score: null },
      ],
      { series: 'Score', notScored: 'non évaluée' },
      '#1f4e79',
    ) as unknown as RadarShape;

    expect(option.radar.indicator.map((i) => i.name)).toEqual([
      'Inventaire',
      'Sécurité\n(non évaluée)',
    ]);
    expect(option.series[0].data[0].value).toEqual([57, 0]);
  });

  it('puts each rated action at (effort, impact) over the four named quadrants', () => {
    const labels = {
      impact: 'Impact',
      effort: 'Effort',
      quickWin: 'QW',
      majorProject: 'MP',
      fillIn: 'FI',
      thankless: 'TH',
    };
    const option = actionMatrixOption(
      [{ label: 'RGPD', impact: 5, effort: 4 }],
      labels,
      '#000000',
    ) as unknown as MatrixShape;

    expect(option.series[0].data).toEqual([{ name: 'RGPD', value: [4, 5] }]);
    expect(option.series[0].markArea.data.map((pair) => pair[0].name)).toEqual([
      'QW',
      'MP',
      'FI',
      'TH',
    ]);
  });
});
