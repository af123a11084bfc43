import { describe, expect, it } from 'vitest';

import { headerNames, joinHeaderSidecars } from '@core/import/container/header-sidecar';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

describe('joinHeaderSidecars (Rogers header files)', () => {
  it('reads field names past the title, numbering a repeated Province', () => {
    const header =
      'Voice Type : 03/21/2023 - 04/20/2023\r\n\r\nBAN,9,Text\r\n' +
      'Province,2,Text\r\nTo,28,Text\r\nProvince,2,Text\r\n';

    expect(headerNames(header)).toEqual(['BAN', 'Province', 'To', 'Province (2)']);
  });

  it('pairs GPRS-Rm data with the GPRS header of its own folder and keeps other files', () => {
    const joined = joinHeaderSidecars([
      {
        path: 'roam/Header-GPRS.txt',
        bytes: bytes('GPRS Type\r\n\r\nBAN,9,Text\r\nCarrier,20,Text\r\n'),
      },
      { path: 'roam/ALL_CALLS-GPRS-Rm.txt', bytes: bytes('771|USA, T-MOBILE|\n772|CAN|\n') },
      { path: 'other/Header-GPRS.txt', bytes: bytes('GPRS Type\r\n\r\nBAN,9,Text\r\n') },
      { path: 'readme.csv', bytes: bytes('a,b\n1,2\n') },
    ]);

    expect(joined.map((entry) => entry.path)).toEqual([
      'roam/ALL_CALLS-GPRS-Rm.txt',
      'other/Header-GPRS.txt',
      'readme.csv',
    ]);
    expect(text(joined[0].bytes)).toBe(
      'BAN|Carrier|Usage Type\n771|USA, T-MOBILE|GPRS-Rm\n772|CAN|GPRS-Rm\n',
    );
  });

  it('pairs VoiceRM data, named apart from its header, with the Voice header', () => {
    const joined = joinHeaderSidecars([
      { path: 'ALL_CALLS-VoiceRM.txt', bytes: bytes('771|360|MEXICO TELECEL|\n') },
      {
        path: 'Header-Voice.txt',
        bytes: bytes('Voice-RM Type\r\n\r\nBAN,9,Text\r\nSeconds,10,Text\r\nCarrier,40,Text\r\n'),
      },
      { path: 'Header-SMS.txt', bytes: bytes('SMS Type\r\n\r\nBAN,9,Text\r\n') },
    ]);

    expect(joined.map((entry) => entry.path)).toEqual(['ALL_CALLS-VoiceRM.txt', 'Header-SMS.txt']);
    expect(text(joined[0].bytes)).toBe(
      'BAN|Seconds|Carrier|Usage Type\n771|360|MEXICO TELECEL|VoiceRM\n',
    );
  });

  it('leaves an archive without header files as it was', () => {
    const entries = [{ path: 'ALL_CALLS-Voice.txt', bytes: bytes('1|2|\n') }];

    expect(joinHeaderSidecars(entries)).toBe(entries);
  });
});
