import type { SeededRandom } from './seeded-random';

/**
 * Names made of common Khmer syllables, combined at random: never taken from a list of real
 * people. They exist so the personal-data path (encryption, forgetting) is exercised.
 */
const FAMILY = ['Sok', 'Chan', 'Kim', 'Heng', 'Ly', 'Meas', 'Nhem', 'Pich', 'Ros', 'Sam', 'Touch', 'Vong', 'Keo', 'Chea', 'Mao', 'Phan'];
const GIVEN_FIRST = ['Da', 'Srey', 'Va', 'So', 'Bo', 'Pha', 'Ra', 'Chan', 'Sov', 'Pi', 'Ka', 'Sa', 'Vi', 'Tha', 'Mo', 'Ny'];
const GIVEN_SECOND = ['ra', 'nna', 'phea', 'ly', 'rith', 'thy', 'kea', 'na', 'mony', 'vy', 'neath', 'leak', 'dy', 'vath'];

export function syntheticFullName(random: SeededRandom): string {
  return `${random.pick(FAMILY)} ${random.pick(GIVEN_FIRST)}${random.pick(GIVEN_SECOND)}`;
}
