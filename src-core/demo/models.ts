// Device models the demo fleet is bought from, with release dates and typical business prices
// excluding VAT. OS majors are the first and last the model runs (iOS, iPadOS or Android).

import type { DeviceKind, DevicePlatform } from '../model/device';
import type { IsoDate } from '../model/ids';

/** Who the model is bought for: managers, most staff, warehouse floors, or staff's own phones. */
export type Segment = 'premium' | 'standard' | 'rugged' | 'personal';

export interface DeviceModel {
  manufacturer: string;
  model: string;
  kind: DeviceKind;
  platform: DevicePlatform;
  released: IsoDate;
  price: number;
  firstOs: number;
  lastOs: number;
  segment: Segment;
}

type Row = [string, string, IsoDate, number, number, number, Segment];

const table = (kind: DeviceKind, platform: DevicePlatform, rows: Row[]): DeviceModel[] =>
  rows.map(([manufacturer, model, released, price, firstOs, lastOs, segment]) => ({
    ...{ manufacturer, model, kind, platform, released, price, firstOs, lastOs, segment },
  }));

const IPHONES = table('smartphone', 'ios', [
  ['Apple', 'iPhone XR', '2018-10-26', 640, 12, 18, 'standard'],
  ['Apple', 'iPhone 11', '2019-09-20', 690, 13, 26, 'standard'],
  ['Apple', 'iPhone SE (2e génération)', '2020-04-24', 410, 13, 26, 'standard'],
  ['Apple', 'iPhone 12', '2020-10-23', 760, 14, 26, 'premium'],
  ['Apple', 'iPhone 13', '2021-09-24', 760, 15, 26, 'standard'],
  ['Apple', 'iPhone SE (3e génération)', '2022-03-18', 440, 15, 26, 'standard'],
  ['Apple', 'iPhone 14', '2022-09-16', 840, 16, 26, 'standard'],
  ['Apple', 'iPhone 14 Pro', '2022-09-16', 1070, 16, 26, 'premium'],
  ['Apple', 'iPhone 15', '2023-09-22', 800, 17, 26, 'standard'],
  ['Apple', 'iPhone 15 Pro', '2023-09-22', 1020, 17, 26, 'premium'],
  ['Apple', 'iPhone 16', '2024-09-20', 800, 18, 26, 'standard'],
  ['Apple', 'iPhone 16 Pro', '2024-09-20', 1020, 18, 26, 'premium'],
  ['Apple', 'iPhone 16e', '2025-02-28', 580, 18, 26, 'standard'],
  ['Apple', 'iPhone 17', '2025-09-19', 800, 26, 26, 'standard'],
  ['Apple', 'iPhone 17 Pro', '2025-09-19', 1080, 26, 26, 'premium'],
  ['Apple', 'iPhone 17e', '2026-02-27', 580, 26, 26, 'standard'],
]);

const ANDROID_PHONES = table('smartphone', 'android', [
  ['Samsung', 'Galaxy A51', '2020-01-10', 290, 10, 13, 'standard'],
  ['Samsung', 'Galaxy A52s 5G', '2021-09-01', 360, 11, 14, 'standard'],
  ['Samsung', 'Galaxy A53 5G', '2022-04-01', 380, 12, 16, 'standard'],
  ['Samsung', 'Galaxy A54 5G', '2023-04-06', 400, 13, 16, 'standard'],
  ['Samsung', 'Galaxy A55 5G', '2024-03-15', 420, 14, 16, 'standard'],
  ['Samsung', 'Galaxy A56 5G', '2025-03-07', 430, 15, 16, 'standard'],
  ['Samsung', 'Galaxy A57 5G', '2026-03-06', 440, 16, 16, 'standard'],
  ['Samsung', 'Galaxy S21', '2021-01-29', 750, 11, 15, 'premium'],
  ['Samsung', 'Galaxy S22', '2022-02-25', 760, 12, 16, 'premium'],
  ['Samsung', 'Galaxy S23', '2023-02-17', 800, 13, 16, 'premium'],
  ['Samsung', 'Galaxy S24', '2024-01-31', 820, 14, 16, 'premium'],
  ['Samsung', 'Galaxy S25', '2025-02-07', 830, 15, 16, 'premium'],
  ['Samsung', 'Galaxy XCover 5', '2021-03-12', 250, 11, 14, 'rugged'],
  ['Samsung', 'Galaxy XCover 6 Pro', '2022-07-13', 480, 12, 16, 'rugged'],
  ['Samsung', 'Galaxy XCover 7', '2024-01-22', 300, 14, 16, 'rugged'],
  ['Crosscall', 'Core-X5', '2021-09-15', 420, 11, 13, 'rugged'],
  ['Crosscall', 'Core-Z5', '2023-06-20', 520, 12, 15, 'rugged'],
  ['Zebra', 'TC53', '2022-06-01', 1050, 11, 14, 'rugged'],
  ['Google', 'Pixel 6a', '2022-07-28', 390, 12, 16, 'standard'],
  ['Google', 'Pixel 7a', '2023-05-10', 420, 13, 17, 'standard'],
  ['Google', 'Pixel 8a', '2024-05-14', 460, 14, 17, 'standard'],
  ['Google', 'Pixel 9', '2024-08-22', 750, 14, 17, 'premium'],
  ['Google', 'Pixel 10', '2025-08-28', 750, 16, 17, 'premium'],
  ['Fairphone', 'Fairphone 5', '2023-09-14', 580, 13, 16, 'standard'],
  ['Xiaomi', 'Redmi Note 12', '2023-03-30', 230, 13, 15, 'personal'],
  ['Xiaomi', 'Redmi Note 14', '2025-01-15', 250, 14, 16, 'personal'],
  ['OnePlus', 'OnePlus 12', '2024-01-23', 800, 14, 16, 'personal'],
]);

const TABLETS = table('tablet', 'ipados', [
  ['Apple', 'iPad (7e génération)', '2019-09-25', 330, 13, 18, 'standard'],
  ['Apple', 'iPad (8e génération)', '2020-09-18', 330, 14, 26, 'standard'],
  ['Apple', 'iPad (9e génération)', '2021-09-24', 330, 15, 26, 'standard'],
  ['Apple', 'iPad (10e génération)', '2022-10-26', 480, 16, 26, 'standard'],
  ['Apple', 'iPad Air 11 pouces (M2)', '2024-05-15', 640, 17, 26, 'premium'],
  ['Apple', 'iPad Pro 11 pouces (M4)', '2024-05-15', 1000, 17, 26, 'premium'],
  ['Apple', 'iPad (A16)', '2025-03-12', 380, 18, 26, 'standard'],
]);

const LAPTOPS = table('laptop', 'windows', [
  ['Dell', 'Latitude 5410', '2020-05-12', 900, 10, 11, 'standard'],
  ['Dell', 'Latitude 5420', '2021-04-13', 950, 10, 11, 'standard'],
  ['Dell', 'Latitude 5430', '2022-04-12', 1000, 10, 11, 'standard'],
  ['Dell', 'Latitude 5440', '2023-04-18', 1050, 11, 11, 'standard'],
  ['Dell', 'Latitude 7450', '2024-04-09', 1450, 11, 11, 'premium'],
  ['Dell', 'Pro 14', '2025-03-18', 1050, 11, 11, 'standard'],
  ['HP', 'EliteBook 840 G7', '2020-04-20', 1100, 10, 11, 'standard'],
  ['HP', 'EliteBook 840 G8', '2021-02-15', 1150, 10, 11, 'standard'],
  ['HP', 'EliteBook 840 G9', '2022-04-19', 1200, 10, 11, 'standard'],
  ['HP', 'EliteBook 840 G10', '2023-05-09', 1250, 11, 11, 'standard'],
  ['HP', 'EliteBook 840 G11', '2024-05-14', 1300, 11, 11, 'premium'],
  ['Lenovo', 'ThinkPad T14 Gen 1', '2020-04-07', 950, 10, 11, 'standard'],
  ['Lenovo', 'ThinkPad T14 Gen 2', '2021-04-20', 1000, 10, 11, 'standard'],
  ['Lenovo', 'ThinkPad T14 Gen 3', '2022-05-10', 1050, 10, 11, 'standard'],
  ['Lenovo', 'ThinkPad T14 Gen 4', '2023-06-06', 1100, 11, 11, 'standard'],
  ['Lenovo', 'ThinkPad T14 Gen 5', '2024-05-21', 1200, 11, 11, 'standard'],
  ['Lenovo', 'ThinkPad T14 Gen 6', '2025-05-13', 1250, 11, 11, 'standard'],
  ['Microsoft', 'Surface Laptop 4', '2021-04-15', 1100, 10, 11, 'premium'],
  ['Microsoft', 'Surface Pro 9', '2022-10-25', 1200, 11, 11, 'premium'],
  ['Microsoft', 'Surface Laptop 5', '2022-10-25', 1150, 11, 11, 'premium'],
  ['Microsoft', 'Surface Laptop 7', '2024-06-18', 1300, 11, 11, 'premium'],
]);

export const MODELS: readonly DeviceModel[] = [
  ...IPHONES,
  ...ANDROID_PHONES,
  ...TABLETS,
  ...LAPTOPS,
];
