import type { protectFr } from '../fr/protect';

export const protectEn: typeof protectFr = {
  title: 'Protect',
  cancel: 'Cancel',
  fileType: 'FleetAudit engagement',
  export: {
    button: 'Export',
    title: 'Export “{{name}}”',
    intro:
      'The .fleetaudit file holds the whole engagement: imported data, notes, answers and ' +
      'attachments.',
    encrypt: 'Encrypt with a passphrase (recommended)',
    passphrase: 'Passphrase',
    confirm: 'Confirm the passphrase',
    hint:
      'At least {{min}} characters. Send it by another channel than the file: without it, ' +
      'nobody can open it.',
    tooShort: 'The passphrase needs at least {{min}} characters.',
    mismatch: 'The two entries differ.',
    plainWarning:
      'Without encryption, anyone who gets the file can read the personal data it holds.',
    content: 'Content',
    full: 'Complete: data, notes, answers and attachments',
    pseudonymised:
      'Pseudonymised: names, e-mails, numbers, IMEIs and serials replaced; no notes, answers or ' +
      'attachments',
    pseudonymisedName: '{{name}} (pseudonymised)',
    submit: 'Export',
    running: 'Exporting the engagement…',
    saveTitle: 'Save the engagement',
    done: 'Engagement exported: {{file}} ({{size}}).',
    doneEncrypted: 'Engagement exported and encrypted: {{file}} ({{size}}).',
  },
  import: {
    button: 'Import a .fleetaudit file',
    openTitle: 'Choose an engagement file',
    title: 'Import “{{file}}”',
    encrypted: 'This file is encrypted: enter the passphrase chosen at export.',
    passphrase: 'Passphrase',
    mode: 'Import',
    modeCopy: 'as a new engagement',
    modeReplace: 'replacing the original engagement, if it is on this device',
    submit: 'Import',
    running: 'Importing the engagement…',
    done: 'Engagement imported: {{devices}} devices, {{lines}} lines.',
  },
  backups: {
    title: 'Local backups',
    intro: 'One backup per day of use; the last {{count}} stay on this device.',
    empty: 'No backup yet.',
    restore: 'Restore',
    running: 'Restoring the backup…',
    done: 'Backup of {{date}} restored; the previous state was backed up.',
    kept: 'Backups kept',
    keptHint: 'From {{min}} to {{max}}; the oldest go at the next backup.',
  },
  reveal: {
    label: 'Find a value',
    submit: 'Find',
    unknown: 'unknown',
    refused: 'unknown (entry unreadable with this engagement’s key)',
    hint:
      'Paste a pseudonym read in a deliverable or a pseudonymised export of this engagement. ' +
      'Only pseudonyms already exported in a pseudonymised file are known.',
  },
  deliverable: {
    pseudonymise: 'Pseudonymise personal data',
    hint:
      'Names, e-mails, numbers, IMEIs and serial numbers replaced with the same pseudonyms as ' +
      'in a pseudonymised export of the engagement. Free texts are kept as written: read them ' +
      'again.',
  },
  security: {
    button: 'Security',
    title: 'App security',
    on: 'A passphrase is asked at start.',
    off: 'No passphrase is asked at start.',
    scope:
      'This lock guards the screen, not the data: it does not encrypt the local database ' +
      '(IndexedDB). To protect data at rest, encrypt the computer’s disk and export engagements ' +
      'encrypted.',
    passphrase: 'New passphrase',
    confirm: 'Confirm the passphrase',
    hint:
      'At least {{min}} characters. Only a PBKDF2 fingerprint is kept; a forgotten passphrase ' +
      'cannot be recovered.',
    set: 'Lock at start',
    change: 'Change the passphrase',
    remove: 'Remove the lock',
    setDone: 'Passphrase saved: it will be asked at the next start.',
    removed: 'Lock removed: the app will open without a passphrase.',
  },
  lock: {
    title: 'FleetAudit is locked',
    intro: 'Type the passphrase chosen under “Security” to open the app.',
    passphrase: 'Passphrase',
    submit: 'Unlock',
    checking: 'Checking…',
    wrong: 'Wrong passphrase.',
  },
  register: {
    title: 'Personal data in this engagement',
    loading: 'Taking stock…',
    empty: 'No personal data imported.',
    rows: '{{rows}} rows',
    categories: {
      person: 'names',
      email: 'e-mails',
      phone: 'phone numbers',
      imei: 'IMEIs',
      serial: 'serial numbers',
      'device-name': 'device names',
      'device-key': 'device identifiers',
    },
  },
};
