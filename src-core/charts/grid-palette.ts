// Colours of the vendor charts, shared so that a vendor keeps its colour across charts.

/** Distinct, print-safe colours; the n-th vendor of the grid takes the n-th colour. */
export const GRID_PALETTE = [
  '#1f4e79',
  '#f0a202',
  '#2e8b57',
  '#b03a2e',
  '#6c4f9c',
  '#17a2b8',
  '#8d6e63',
  '#5d6d7e',
] as const;

/** The colour of the vendor at `index` in the grid's order. */
export function vendorColour(index: number): string {
  return GRID_PALETTE[index % GRID_PALETTE.length];
}
