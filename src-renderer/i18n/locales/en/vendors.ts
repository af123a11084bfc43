import type { vendorsFr } from '../fr/vendors';

export const vendorsEn: typeof vendorsFr = {
  title: 'Vendors',
};
