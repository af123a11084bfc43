import { describe, expect, it } from 'vitest';

import { recognise } from '@core/import/recognise/recognise';

const split = (line: string): string[] => line.split(',');

describe('recognise', () => {
  it.each([
    [
      'Device ID,Device name,Microsoft Entra Device ID,Primary user UPN,Ownership,Managed by',
      'intune',
    ],
    ['Device ID,Device name,Azure AD Device ID,Primary user UPN,Ownership,Compliance', 'intune'],
    ['DeviceName,LastContact,UPN,Device ID,Ownership,Enrollment date', 'intune'],
    [
      'id,deviceName,managedDeviceOwnerType,operatingSystem,complianceState,lastSyncDateTime',
      'intune-graph',
    ],
    [
      'JSS Computer ID,Computer Name,Serial Number,Operating System Version,Last Check-in',
      'jamf-computer',
    ],
    [
      'Display Name,JSS Mobile Device ID,iOS Version,Serial Number,Device Phone Number',
      'jamf-mobile',
    ],
    ['DeviceId,DeviceName,Kind,IMEI_MEID_ESN,LastCheckInTime,Path', 'soti'],
    [
      'resourceId,deviceId,email,serialNumber,firstSync,lastSync,securityPatchLevel',
      'google-workspace',
    ],
    [
      'id,name,serialNumber,osName,systemModel,ownerEmail,lastConnected,simCarrierNetwork',
      'meraki',
    ],
    [
      'Friendly Name,Serial Number,Platform,Last Seen,Organization Group,Enrollment Status',
      'workspace-one',
    ],
    ['Device UUID,Display Name,Registration Date,Last Check-In,Quarantined', 'ivanti'],
    ['Modèle,Numéro de série,IMEI,Utilisateur,Service,Date d’achat,Prix', 'asset-register'],
    ['Model,Serial,User,Department,Purchase date,Purchase price', 'asset-register'],
    [
      'Ligne,Forfait,Prix forfait HT,Conso data (Mo),Hors forfait HT,Total HT,Période',
      'operator-fr',
    ],
    [
      'Line number,Plan,Plan price,Data usage (MB),Out of plan,Total excl. VAT,Period',
      'operator-fr',
    ],
  ])('recognises %s as %s', (header, source) => {
    expect(recognise([split(header)], []).source).toBe(source);
  });

  it('matches headers whatever their case, spacing or accents', () => {
    const result = recognise(
      [['DEVICE ID ', 'device name', 'primary user upn', 'OWNERSHIP', 'Compliance']],
      [],
    );

    expect(result.source).toBe('intune');
    expect(result.mapping).toMatchObject({ mdmId: 'DEVICE ID ', ownership: 'OWNERSHIP' });
  });

  it('recognises a file by its second header row when the first is not known', () => {
    const english = ['Line', 'Rate', 'Total', 'Per', 'Usage', 'OOP'];
    const french = [
      'Numéro de ligne',
      'Forfait',
      'Total HT',
      'Période',
      'Conso data (Mo)',
      'Hors forfait',
    ];
    const result = recognise([english, french], []);

    expect(result.source).toBe('operator-fr');
    expect(result.mapping).toMatchObject({
      lineNumber: 'Line',
      totalExVat: 'Total',
      period: 'Per',
    });
  });

  it('gives a confidence that grows with the signature headers found', () => {
    const few = recognise([split('Device ID,Device name,Primary user UPN,Ownership')], []);
    const many = recognise(
      [
        split(
          'Device ID,Device name,Primary user UPN,Ownership,Managed by,Enrollment date,JoinType',
        ),
      ],
      [],
    );

    expect(few.confidence).toBeLessThan(many.confidence);
    expect(many.confidence).toBeLessThanOrEqual(1);
  });

  it('leaves a table of unknown columns unrecognised', () => {
    const result = recognise([split('Foo,Bar,Baz')], [split('1,2,3')]);

    expect(result).toEqual({
      source: 'unrecognised',
      dataset: null,
      confidence: 0,
      mapping: {},
      suggestions: [],
    });
  });
});
