import { DEVICE_ALIASES } from './generic-aliases';
import { assetRegister, operatorFr } from './generic-sources';
import { attRawData } from './north-america/att';
import { bellMobile } from './north-america/bell';
import { bellAccount, bellCallDetail } from './north-america/bell-csv';
import {
  bellCostOverview,
  bellHardware,
  bellInvoiceCharges,
  bellUsageOverview,
  bellUserProfile,
} from './north-america/bell-portal';
import { planCatalogue } from './plan-catalogue';
import { rogersUsage } from './north-america/rogers';
import { rogersCustom } from './north-america/rogers-custom';
import {
  telusAccountDetail,
  telusAirtimeDetail,
  telusDew,
  telusGroupSummary,
  telusIndividualDetail,
  telusInvoiceSummary,
} from './north-america/telus';
import { verizonWireless } from './north-america/verizon';
import {
  verizonAccountSummary,
  verizonChargesDetail,
  verizonUsageDetail,
} from './north-america/verizon-reports';
import type { SourceDefinition } from './source-definition';

const mdm = (
  def: Omit<SourceDefinition, 'dataset' | 'fallback' | 'minHits'>,
): SourceDefinition => ({
  dataset: 'devices',
  fallback: DEVICE_ALIASES,
  minHits: 3,
  managed: true,
  ...def,
});

// Intune's portal labels changed over the years ("Azure AD" became "Microsoft Entra"); its
// Graph export job also writes API names (DeviceName, LastContact, UPN) as columns.
const intune = mdm({
  source: 'intune',
  signature: [
    ['Device ID'],
    ['Device name', 'DeviceName'],
    ['Enrollment date'],
    ['Last check-in', 'LastContact'],
    ['Microsoft Entra Device ID', 'Azure AD Device ID'],
    ['Microsoft Entra registered', 'Azure AD registered', 'Intune registered'],
    ['Primary user UPN', 'UPN'],
    ['Primary user email address'],
    ['Primary user display name'],
    ['Managed by'],
    ['Ownership'],
    ['JoinType', 'SkuFamily'],
  ],
  fields: {
    mdmId: ['Device ID', 'DeviceId'],
    name: ['Device name', 'DeviceName'],
    serial: ['Serial number', 'SerialNumber'],
    imei: ['IMEI'],
    phoneNumber: ['Phone number', 'PhoneNumber'],
    manufacturer: ['Manufacturer'],
    model: ['Model'],
    os: ['OS', 'OperatingSystem'],
    osVersion: ['OS version', 'OSVersion'],
    securityPatch: ['Security patch level'],
    ownership: ['Ownership', 'OwnerType'],
    userName: ['Primary user display name', 'UserName'],
    userEmail: ['Primary user email address', 'Primary user UPN', 'UPN', 'UserEmail'],
    enrolledAt: ['Enrollment date', 'EnrolledDateTime'],
    lastCheckIn: ['Last check-in', 'LastContact'],
    compliance: ['Compliance', 'ComplianceState'],
    managed: ['IsManaged'],
    deviceType: ['Category'],
  },
});

const intuneGraph = mdm({
  source: 'intune-graph',
  signature: [
    ['managedDeviceOwnerType'],
    ['enrolledDateTime'],
    ['lastSyncDateTime'],
    ['operatingSystem'],
    ['complianceState'],
    ['azureADDeviceId'],
    ['userPrincipalName'],
    ['managedDeviceName'],
    ['deviceEnrollmentType'],
    ['managementAgent'],
    ['totalStorageSpaceInBytes'],
    ['deviceRegistrationState'],
  ],
  fields: {
    mdmId: ['id'],
    name: ['deviceName'],
    serial: ['serialNumber'],
    imei: ['imei'],
    phoneNumber: ['phoneNumber'],
    manufacturer: ['manufacturer'],
    model: ['model'],
    os: ['operatingSystem'],
    osVersion: ['osVersion'],
    securityPatch: ['androidSecurityPatchLevel'],
    ownership: ['managedDeviceOwnerType'],
    userName: ['userDisplayName'],
    userEmail: ['emailAddress', 'userPrincipalName'],
    enrolledAt: ['enrolledDateTime'],
    lastCheckIn: ['lastSyncDateTime'],
    compliance: ['complianceState'],
    deviceType: ['deviceCategoryDisplayName'],
  },
});

// Jamf writes only the display fields the admin ticked; computer and mobile names differ.
const jamfShared = {
  serial: ['Serial Number'],
  model: ['Model'],
  userName: ['Full Name', 'Username'],
  userEmail: ['Email Address'],
  department: ['Department'],
  site: ['Building'],
  purchaseDate: ['PO Date'],
  purchasePrice: ['Purchase Price'],
  enrolledAt: ['Last Enrollment'],
  managed: ['Managed'],
};

const jamfComputer = mdm({
  source: 'jamf-computer',
  platform: 'macos',
  signature: [
    ['JSS Computer ID'],
    ['Computer Name'],
    ['Operating System Version'],
    ['Last Check-in'],
    ['Last Inventory Update'],
    ['Model Identifier'],
    ['FileVault 2 Status'],
    ['JAMF Binary Version'],
    ['UDID'],
    ['Serial Number'],
  ],
  fields: {
    ...jamfShared,
    mdmId: ['JSS Computer ID', 'UDID'],
    name: ['Computer Name'],
    manufacturer: ['Make'],
    os: ['Operating System Name', 'Operating System', 'Platform'],
    osVersion: ['Operating System Version'],
    lastCheckIn: ['Last Check-in', 'Last Inventory Update'],
  },
});

const jamfMobile = mdm({
  source: 'jamf-mobile',
  platform: 'ios',
  signature: [
    ['JSS Mobile Device ID'],
    ['Display Name'],
    ['iOS Version'],
    ['iOS Build'],
    ['Device Phone Number'],
    ['Device Ownership Type'],
    ['Last Inventory Update'],
    ['UDID'],
    ['Supervised'],
    ['Serial Number'],
  ],
  fields: {
    ...jamfShared,
    mdmId: ['JSS Mobile Device ID', 'UDID'],
    name: ['Display Name'],
    imei: ['IMEI'],
    phoneNumber: ['Device Phone Number'],
    osVersion: ['iOS Version'],
    ownership: ['Device Ownership Type'],
    lastCheckIn: ['Last Inventory Update'],
  },
});

// SOTI's API names; one IMEI_MEID_ESN column holds three kinds of identifier.
const soti = mdm({
  source: 'soti',
  signature: [
    ['DeviceId'],
    ['DeviceName'],
    ['Kind'],
    ['Family'],
    ['AgentVersion'],
    ['IMEI_MEID_ESN'],
    ['LastCheckInTime'],
    ['EnrollmentTime'],
    ['Path'],
    ['IsAgentOnline'],
    ['ComplianceStatus'],
  ],
  fields: {
    mdmId: ['DeviceId'],
    name: ['DeviceName'],
    serial: ['HardwareSerialNumber', 'ManufacturerSerialNumber', 'SerialNumber'],
    imei: ['IMEI_MEID_ESN'],
    phoneNumber: ['PhoneNumber', 'DeviceUserInfo.PhoneNumber'],
    manufacturer: ['Manufacturer'],
    model: ['Model'],
    os: ['Platform', 'Family', 'Kind'],
    osVersion: ['OSVersion'],
    userName: ['DeviceUserInfo.UserName', 'LastLoggedOnUser'],
    userEmail: ['DeviceUserInfo.Email', 'DeviceUserInfo.UPN'],
    site: ['Path'],
    enrolledAt: ['EnrollmentTime'],
    lastCheckIn: ['LastCheckInTime'],
    compliance: ['ComplianceStatus'],
  },
});

// Google Workspace's Directory API names, as GAM and scripts write them; email is a list.
const google = mdm({
  source: 'google-workspace',
  signature: [
    ['resourceId'],
    ['deviceId'],
    ['firstSync'],
    ['lastSync'],
    ['securityPatchLevel'],
    ['deviceCompromisedStatus'],
    ['hardwareId'],
    ['basebandVersion'],
    ['userAgent'],
    ['developerOptionsStatus'],
  ],
  fields: {
    mdmId: ['deviceId', 'resourceId'],
    name: ['model'],
    serial: ['serialNumber'],
    imei: ['imei'],
    manufacturer: ['manufacturer', 'brand'],
    model: ['model'],
    os: ['type', 'os'],
    osVersion: ['os', 'releaseVersion'],
    securityPatch: ['securityPatchLevel'],
    userName: ['name'],
    userEmail: ['email'],
    enrolledAt: ['firstSync'],
    lastCheckIn: ['lastSync'],
  },
});

const meraki = mdm({
  source: 'meraki',
  signature: [
    ['systemType'],
    ['lastConnected'],
    ['ownerEmail'],
    ['ownerUsername'],
    ['simCarrierNetwork'],
    ['cellularDataUsed'],
    ['hasMdm'],
    ['systemModel'],
    ['osName'],
    ['isSupervised'],
    ['androidSecurityPatchVersion'],
  ],
  fields: {
    mdmId: ['id'],
    name: ['name'],
    serial: ['serialNumber', 'serial'],
    imei: ['imei'],
    phoneNumber: ['phoneNumber'],
    model: ['systemModel'],
    os: ['osName', 'systemType'],
    securityPatch: ['androidSecurityPatchVersion'],
    userName: ['ownerUsername'],
    userEmail: ['ownerEmail'],
    enrolledAt: ['createdAt'],
    lastCheckIn: ['lastConnected'],
    managed: ['isManaged'],
  },
});

// No public Workspace ONE or Ivanti console export was found (FORMATS.md 1.6). The console
// labels below follow their list views; the API names are documented ones (Workspace ONE's
// device attributes such as DeviceFriendlyName and LocationGroupName; MobileIron Core's v2
// device fields such as common.uuid and user.display_name), which scripted dumps write as
// columns. `LastSeen` and `ComplianceStatus` need no alias: headers are matched normalised.
const workspaceOne = mdm({
  source: 'workspace-one',
  signature: [
    ['Friendly Name', 'DeviceFriendlyName'],
    ['Last Seen'],
    ['Organization Group', 'LocationGroupName'],
    ['Enrollment Status'],
    ['Compliance Status'],
    ['UDID'],
    ['Ownership'],
    ['UserEmailAddress', 'LastEnrolledOn'],
  ],
  fields: {
    mdmId: ['UDID', 'Device ID', 'DeviceId'],
    name: ['Friendly Name', 'DeviceFriendlyName'],
    serial: ['Serial Number'],
    imei: ['IMEI'],
    phoneNumber: ['Phone Number'],
    model: ['Model'],
    os: ['Platform'],
    osVersion: ['OS', 'OS Version', 'OperatingSystem'],
    ownership: ['Ownership'],
    userName: ['Username', 'User Name'],
    userEmail: ['Email Address', 'User Email', 'UserEmailAddress'],
    site: ['Organization Group', 'LocationGroupName'],
    enrolledAt: ['Enrollment Date', 'Enrolled On', 'LastEnrolledOn'],
    lastCheckIn: ['Last Seen'],
    compliance: ['Compliance Status'],
  },
});

const ivanti = mdm({
  source: 'ivanti',
  signature: [
    ['Device UUID', 'common.uuid'],
    ['Registration Date', 'Registration Time', 'common.registration_date'],
    ['Last Check-In', 'Last Connected At', 'common.last_connected_at'],
    ['Device Space', 'Device Space Name', 'common.device_space_name'],
    ['Quarantined', 'common.quarantined'],
    ['MDM Managed', 'common.mdm_managed'],
    ['Current Phone Number', 'common.current_phone_number'],
    ['user.display_name', 'user.email_address'],
  ],
  fields: {
    mdmId: ['Device UUID', 'Device ID', 'common.uuid'],
    name: ['Display Name', 'Device Name'],
    imei: ['IMEI', 'common.imei'],
    phoneNumber: ['Current Phone Number', 'Phone Number', 'common.current_phone_number'],
    manufacturer: ['Manufacturer', 'common.manufacturer'],
    model: ['Model', 'common.model'],
    os: ['Platform', 'OS', 'common.platform', 'common.platform_name'],
    osVersion: ['OS Version', 'Platform Version', 'common.os_version'],
    ownership: ['Ownership', 'common.owner'],
    userName: ['User Display Name', 'User ID', 'user.display_name', 'user.user_id'],
    userEmail: ['Email', 'User Email', 'user.email_address'],
    enrolledAt: ['Registration Date', 'Registration Time', 'common.registration_date'],
    lastCheckIn: ['Last Check-In', 'Last Connected At', 'common.last_connected_at'],
    compliance: ['Compliance', 'Compliance State', 'common.compliant'],
    managed: ['MDM Managed', 'common.mdm_managed'],
  },
});

/** Every source FleetAudit recognises, the most specific first. */
export const SOURCES: readonly SourceDefinition[] = [
  intune,
  intuneGraph,
  jamfComputer,
  jamfMobile,
  soti,
  google,
  meraki,
  workspaceOne,
  ivanti,
  verizonWireless,
  verizonAccountSummary,
  verizonChargesDetail,
  verizonUsageDetail,
  attRawData,
  telusIndividualDetail,
  telusAirtimeDetail,
  telusDew,
  telusGroupSummary,
  telusAccountDetail,
  telusInvoiceSummary,
  bellMobile,
  bellAccount,
  bellCallDetail,
  bellCostOverview,
  bellUsageOverview,
  bellInvoiceCharges,
  bellUserProfile,
  bellHardware,
  rogersUsage,
  rogersCustom,
  assetRegister,
  operatorFr,
  planCatalogue,
];
