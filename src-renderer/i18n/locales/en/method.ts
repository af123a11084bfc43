import type { methodFr } from '../fr/method';

export const methodEn: typeof methodFr = {
  title: 'Method',
};
