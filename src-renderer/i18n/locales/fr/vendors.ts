// Strings of one feature, in French first; the English file must have the same keys.
export const vendorsFr = {
  title: 'Vendors',
};
