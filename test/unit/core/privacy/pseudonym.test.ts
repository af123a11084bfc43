import { describe, expect, it } from 'vitest';

import { parseImei } from '@core/import/fields/imei';
import { createPseudonymiser, newPseudonymKey } from '@core/privacy/pseudonym';

const KEY = 'ab'.repeat(32);

describe('pseudonyms', () => {
  it('give one value the same pseudonym every time, however it is spelt', async () => {
    const pseudo = await createPseudonymiser(KEY);
    const again = await createPseudonymiser(KEY);

    const first = await pseudo.pseudonym('email', 'Jean.Dupont@client.fr');
    expect(await again.pseudonym('email', ' jean.dupont@CLIENT.fr ')).toBe(first);
    expect(await pseudo.pseudonym('phone', '+33 6 12 34 56 78')).toBe(
      await again.pseudonym('phone', '+33612345678'),
    );
  });

  it('differ between engagements, whose keys differ', async () => {
    const one = await createPseudonymiser(newPseudonymKey());
    const other = await createPseudonymiser(newPseudonymKey());

    expect(await one.pseudonym('person', 'Jean Dupont')).not.toBe(
      await other.pseudonym('person', 'Jean Dupont'),
    );
  });

  it('differ between two people', async () => {
    const pseudo = await createPseudonymiser(KEY);

    expect(await pseudo.pseudonym('person', 'Jean Dupont')).not.toBe(
      await pseudo.pseudonym('person', 'Jeanne Dupont'),
    );
  });

  it('keep the shape of what they replace, and none of its content', async () => {
    const pseudo = await createPseudonymiser(KEY);

    const imei = await pseudo.pseudonym('imei', '353918051234563');
    const phone = await pseudo.pseudonym('phone', '+33612345678');
    const email = await pseudo.pseudonym('email', 'jean.dupont@client.fr');

    expect(imei).toMatch(/^\d{15}$/);
    expect(parseImei(imei)).toEqual({ ok: true, value: imei });
    expect(phone).toMatch(/^\+999\d{10}$/);
    expect(email).toMatch(/^u-[a-z2-9]{10}@client\.fr$/);
    expect(email).not.toContain('dupont');
    expect(await pseudo.pseudonym('person', 'Jean Dupont')).toMatch(/^P-[A-Z2-9]{8}$/);
  });
});
