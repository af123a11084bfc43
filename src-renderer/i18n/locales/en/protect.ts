import type { protectFr } from '../fr/protect';

export const protectEn: typeof protectFr = {
  title: 'Protect',
};
