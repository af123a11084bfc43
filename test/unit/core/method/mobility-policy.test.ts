import { describe, expect, it } from 'vitest';

import { SECURITY_PROFILES, policyWarnings, restorePopulation } from '@core/method/governance';
import { parseCountries } from '@core/method/mobility-policy';
import { monitoringStatement } from '@core/method/monitoring';

describe('policy defaults', () => {
  it.each([
    ['standard', false, null, 'any', false],
    ['advanced', true, null, 'any', true],
    ['high', true, { from: '07:00', to: '20:00' }, 'corporate', true],
  ] as const)('gives %s its access rules and container', (profile, compliance, hours, net, box) => {
    const population = restorePopulation({ id: 'p', name: 'P', ownership: 'COBO', profile });

    expect(population.access).toEqual({
      requireCompliance: compliance,
      countries: [],
      hours,
      network: net,
    });
    expect(population.containerisation).toBe(box);
  });

  it('contains work data on BYOD whatever the profile', () => {
    const byod = SECURITY_PROFILES.map(
      (profile) => restorePopulation({ id: 'p', ownership: 'BYOD', profile }).containerisation,
    );

    expect(byod).toEqual([true, true, true]);
  });
});

describe('restoring a population stored before the access rules', () => {
  it('fills access, container and monitoring from its profile and ownership', () => {
    const old = {
      id: 'p1',
      name: 'Commerciaux',
      departments: ['Ventes'],
      ownership: 'BYOD',
      profile: 'advanced',
      restrictions: ['passcode'],
      allowedModels: [],
      notes: '',
    };

    const population = restorePopulation(old);

    expect(population.access.requireCompliance).toBe(true);
    expect(population.containerisation).toBe(true);
    expect(population.monitoring.notMonitored).toContain('photos');
    expect(population.monitoring.monitored).not.toContain('all-apps');
    expect(population.statement).toBeNull();
  });

  it('keeps edited values and drops unknown or malformed ones', () => {
    const population = restorePopulation({
      id: 'p2',
      profile: 'high',
      access: {
        requireCompliance: false,
        countries: ['fr', 'FRA', 'be', 'FR'],
        hours: { from: '25:00', to: '18:00' },
        network: 'satellite',
      },
      containerisation: 'yes',
      monitoring: { monitored: ['compliance', 'dreams'], notMonitored: ['photos'] },
      statement: 'Texte revu avec le DPO.',
    });

    expect(population.access).toEqual({
      requireCompliance: false,
      countries: ['FR', 'BE'],
      hours: null,
      network: 'any',
    });
    expect(population.containerisation).toBe(true);
    expect(population.monitoring).toEqual({ monitored: ['compliance'], notMonitored: ['photos'] });
    expect(population.statement).toBe('Texte revu avec le DPO.');
  });
});

describe('policy warnings', () => {
  it('warns when a BYOD population has no container, not when a COBO one has none', () => {
    const byod = restorePopulation({ id: 'b', ownership: 'BYOD', containerisation: false });
    const cobo = restorePopulation({ id: 'c', ownership: 'COBO', containerisation: false });

    expect(policyWarnings(byod)).toEqual(['byod-without-container']);
    expect(policyWarnings(cobo)).toEqual([]);
  });

  it('warns when the BYOD statement was emptied', () => {
    const byod = restorePopulation({ id: 'b', ownership: 'BYOD', statement: '  ' });

    expect(policyWarnings(byod)).toEqual(['byod-empty-statement']);
  });
});

describe('monitoring statement', () => {
  it('reads as one paragraph in either language', () => {
    const byod = restorePopulation({ id: 'b', ownership: 'BYOD' });

    expect(monitoringStatement(byod, 'fr')).toBe(
      "Sur votre appareil personnel, l'entreprise voit uniquement l'état de conformité, " +
        "la version du système, le modèle de l'appareil et la liste des applications " +
        'professionnelles. Elle ne voit pas vos applications personnelles, vos photos, ' +
        'vos messages et appels, votre historique de localisation et votre navigation. ' +
        'Seules les données professionnelles peuvent être effacées à distance.',
    );
    expect(monitoringStatement(byod, 'en')).toContain('It does not see your personal apps');
  });
});

describe('countries', () => {
  it('reads a typed list whatever the separators and case', () => {
    expect(parseCountries('fr, be ; ch  lu,,FR')).toEqual(['FR', 'BE', 'CH', 'LU']);
  });
});
