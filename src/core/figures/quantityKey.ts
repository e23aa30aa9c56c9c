/**
 * What a figure measures, read from the words around it, as a key: only
 * figures with the same key are compared. A key is built from the counted
 * noun and its role ('count:worker:hospital'), the thing a measure is of or
 * from ('measure:length:of:valley'), what money is ('money:loss'), or what a
 * share is of ('percent:of:vote'); with no such anchor there is no key.
 */
export type { QuantityKey } from './figure';
export { countKey } from './countKey';
export { measureKey } from './measureKey';
export { moneyKey } from './moneyKey';
export { percentKey } from './percentKey';
export { periodAfter, periodOf, windowAfter } from './quantityContext';
