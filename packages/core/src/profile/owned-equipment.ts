import type { BandTension, EquipmentKind } from '../catalogue/equipment';
import { BAND_TENSIONS } from '../catalogue/equipment';
import type { EquipmentInventory } from './profile.schema';

/** The equipment kinds a runner owns, for A10's "never prescribe what they lack". */
export const ownedEquipment = (inventory: EquipmentInventory): ReadonlySet<EquipmentKind> => {
  const owned = new Set<EquipmentKind>();
  if (inventory.bands.length > 0) owned.add('band');
  if (inventory.dumbbells) owned.add('dumbbells');
  if (inventory.kettlebells) owned.add('kettlebell');
  if (inventory.weightVest) owned.add('weight-vest');
  if (usableBoxHeights(inventory).length > 0) owned.add('box');
  if (inventory.pullUpBar) owned.add('pull-up-bar');
  if (inventory.bench) owned.add('bench');
  if (inventory.barbell) owned.add('barbell');
  return owned;
};

/** A5: box work between 30 and 60 cm (12–24 in); other boxes are not prescribed. */
export const MIN_BOX_CM = 30;
export const MAX_BOX_CM = 60;

export const usableBoxHeights = (inventory: EquipmentInventory): number[] =>
  [...new Set(inventory.box?.heightsCm ?? [])]
    .filter((h) => h >= MIN_BOX_CM && h <= MAX_BOX_CM)
    .sort((a, b) => a - b);

export const ownedBandTensions = (inventory: EquipmentInventory): BandTension[] =>
  BAND_TENSIONS.filter((t) => inventory.bands.includes(t));
