import type { IdentifierFactory } from './identifiers';
import type { PeopleFactory } from './people';
import type { Random } from './random';
import type { IsoDate } from '../model/ids';

/** What every part of the generator draws from. */
export interface DemoContext {
  random: Random;
  ids: IdentifierFactory;
  people: PeopleFactory;
  referenceDate: IsoDate;
}
