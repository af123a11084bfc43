import { useTranslation } from 'react-i18next';

import { LICENCE_BASES } from '@core/grid/cost-input';
import type { VendorCost } from '@core/grid/cost-input';
import { DEFAULT_COST_YEARS, costView } from '@core/grid/cost-view';
import { costOf, updateCost } from '@core/grid/edit';
import type { Grid } from '@core/grid/grid';
import type { Engagement } from '@core/model/engagement';

import { formatMoney, formatNumber } from '../../i18n/format';
import { useDatasetCounts } from '../../store/hooks';
import { NumberField } from './NumberField';

interface Props {
  grid: Grid;
  engagement: Engagement;
  save: (grid: Grid) => void;
}

type AmountField = 'monthlyPrice' | 'yearlyIncreasePercent' | 'setup' | 'training' | 'migration';
const AMOUNTS: { field: AmountField; key: string }[] = [
  { field: 'monthlyPrice', key: 'monthly' },
  { field: 'yearlyIncreasePercent', key: 'increase' },
  { field: 'setup', key: 'setup' },
  { field: 'training', key: 'training' },
  { field: 'migration', key: 'migration' },
];

/** Licence prices and one-off costs per vendor, and what each costs over three years. */
export function CostPanel({ grid, engagement, save }: Props) {
  const { t } = useTranslation();
  const counts = useDatasetCounts(engagement.id);
  const locale = engagement.locale;
  const money = (value: number) => formatMoney(value, engagement.currency, locale);
  const costs = grid.vendors.map((v) => costOf(grid, v.id));
  const views = costView(grid.fleet, costs);
  const setFleet = (patch: Partial<Grid['fleet']>) =>
    save({ ...grid, fleet: { ...grid.fleet, ...patch } });
  const patch = (cost: VendorCost, p: Partial<VendorCost>) =>
    save(updateCost(grid, cost.vendorId, p));

  return (
    <section className="panel" data-testid="cost-panel">
      <h2>{t('vendors.costs.title', { years: DEFAULT_COST_YEARS })}</h2>
      <div className="grid-toolbar">
        <label>
          {t('vendors.costs.devices')}{' '}
          <NumberField
            value={grid.fleet.devices}
            label={t('vendors.costs.devices')}
            onChange={(devices) => setFleet({ devices: Math.round(devices) })}
            testId="fleet-devices"
          />
        </label>
        <label>
          {t('vendors.costs.users')}{' '}
          <NumberField
            value={grid.fleet.users}
            label={t('vendors.costs.users')}
            onChange={(users) => setFleet({ users: Math.round(users) })}
          />
        </label>
        {counts && counts.devices > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => setFleet({ devices: counts.devices })}
            data-testid="fleet-from-inventory"
          >
            {t('vendors.costs.fromInventory', { count: counts.devices })}
          </button>
        ) : null}
      </div>

      <div className="table-scroll">
        <table className="simple-table cost-table">
          <thead>
            <tr>
              <th>{t('vendors.results.vendor')}</th>
              <th>{t('vendors.costs.basis')}</th>
              {AMOUNTS.map((a) => (
                <th key={a.field} className="right">
                  {t(`vendors.costs.${a.key}`)}
                </th>
              ))}
              <th className="right">{t('vendors.costs.total')}</th>
              <th className="right">{t('vendors.costs.perDeviceMonth')}</th>
              <th className="right">{t('vendors.costs.rank')}</th>
            </tr>
          </thead>
          <tbody>
            {grid.vendors.map((vendor, i) => {
              const cost = costs[i];
              const view = views[i];
              return (
                <tr key={vendor.id} data-testid="cost-row">
                  <td>{vendor.name}</td>
                  <td>
                    <select
                      value={cost.basis}
                      aria-label={t('vendors.costs.basis')}
                      onChange={(e) =>
                        patch(cost, { basis: e.target.value as VendorCost['basis'] })
                      }
                    >
                      {LICENCE_BASES.map((b) => (
                        <option key={b} value={b}>
                          {t(b === 'device' ? 'vendors.costs.perDevice' : 'vendors.costs.perUser')}
                        </option>
                      ))}
                    </select>
                  </td>
                  {AMOUNTS.map((a) => (
                    <td key={a.field} className="right">
                      <NumberField
                        value={cost[a.field]}
                        label={`${vendor.name} ${t(`vendors.costs.${a.key}`)}`}
                        onChange={(value) => patch(cost, { [a.field]: value })}
                      />
                    </td>
                  ))}
                  <td className="right" data-testid="cost-total">
                    {money(view.total)}
                  </td>
                  <td className="right">
                    {view.perDevicePerMonth === null ? '—' : money(view.perDevicePerMonth)}
                  </td>
                  <td className="right">{formatNumber(view.costRank, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
