import type { deliverablesFr } from '../fr/deliverables';

export const deliverablesEn: typeof deliverablesFr = {
  title: 'Deliverables',
};
