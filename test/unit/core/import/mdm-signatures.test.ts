import { describe, expect, it } from 'vitest';

import { importFile } from '@core/import';
import { recognise } from '@core/import/recognise/recognise';

import { fixture } from './fixtures';

// Column names of scripted dumps, as the vendors' public API references name the fields.
const WORKSPACE_ONE_API = [
  'DeviceFriendlyName',
  'SerialNumber',
  'Imei',
  'PhoneNumber',
  'Platform',
  'OperatingSystem',
  'Model',
  'Ownership',
  'UserName',
  'UserEmailAddress',
  'LocationGroupName',
  'EnrollmentStatus',
  'ComplianceStatus',
  'LastSeen',
  'LastEnrolledOn',
];

describe('recognise: Workspace ONE and Ivanti device exports', () => {
  it('knows a Workspace ONE dump by its API attribute names and maps them', () => {
    const result = recognise([WORKSPACE_ONE_API], []);

    expect(result.source).toBe('workspace-one');
    expect(result.mapping).toMatchObject({
      name: 'DeviceFriendlyName',
      serial: 'SerialNumber',
      imei: 'Imei',
      phoneNumber: 'PhoneNumber',
      osVersion: 'OperatingSystem',
      userEmail: 'UserEmailAddress',
      site: 'LocationGroupName',
      enrolledAt: 'LastEnrolledOn',
      lastCheckIn: 'LastSeen',
      compliance: 'ComplianceStatus',
    });
  });

  it('still knows the console list-view labels of both tools', () => {
    const ws1 = ['Friendly Name', 'Last Seen', 'Organization Group', 'Ownership', 'UDID'];
    const core = ['Device UUID', 'Registration Date', 'Last Check-In', 'Current Phone Number'];

    expect(recognise([ws1], []).source).toBe('workspace-one');
    expect(recognise([core], []).source).toBe('ivanti');
  });

  it('imports a MobileIron Core API dump with its dotted field names as a device', async () => {
    const name = 'ivanti-core-api-dotted-names.csv';
    const result = await importFile({ name, bytes: fixture(name) });
    if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
    const [part] = result.parts;

    expect(part.recognition).toMatchObject({ source: 'ivanti', dataset: 'devices', confidence: 1 });
    expect(part.result?.rows[0]).toMatchObject({
      mdmId: '6f1c2a9e-0b7d-4c55-9a7e-2f4d8e1b3c10',
      imei: '356938035643809',
      phoneNumber: '+33612345678',
      model: 'iPhone 15',
      userName: 'Camille Roy',
      userEmail: 'camille.roy@example.com',
      enrolledAt: '2024-01-15T09:30:00Z',
      lastCheckIn: '2024-03-20T16:05:00Z',
    });
  });
});
