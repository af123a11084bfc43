// Saved column mappings: kept in the shared library, so every engagement reuses them, and
// passed between consultants as small JSON files that are checked before anything is stored.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';

import {
  MAPPING_PROFILE_KIND,
  parseProfilesJson,
  profilesToJson,
  restoreMappingProfile,
} from '@core/import/profile';
import type { MappingProfile } from '@core/import/profile';

import type { Platform } from '../../platform/platform';
import { uiActions } from '../../state/ui-store';
import { listLibrary, putLibraryItem, removeLibraryItem } from '../../store/library';
import { reportError } from '../engagements/actions';

const JSON_FILTER = [{ name: 'JSON', extensions: ['json'] }];

/** Every saved mapping, by name; undefined while loading. */
export function useMappingProfiles(): MappingProfile[] | undefined {
  return useLiveQuery(async () => {
    const profiles = await listLibrary(MAPPING_PROFILE_KIND, restoreMappingProfile);
    return profiles.sort((a, b) => a.name.localeCompare(b.name));
  }, []);
}

export async function saveProfile(profile: MappingProfile, t: TFunction): Promise<boolean> {
  try {
    await putLibraryItem(MAPPING_PROFILE_KIND, profile.id, profile);
    return true;
  } catch (error) {
    reportError(error, t);
    return false;
  }
}

export async function removeProfile(id: string, t: TFunction): Promise<void> {
  await removeLibraryItem(MAPPING_PROFILE_KIND, id).catch((error: unknown) =>
    reportError(error, t),
  );
}

export async function exportProfiles(
  platform: Platform,
  profiles: MappingProfile[],
  t: TFunction,
): Promise<void> {
  try {
    const bytes = new TextEncoder().encode(profilesToJson(profiles));
    const saved = await platform.saveFile(bytes, {
      title: t('import.profiles.export'),
      suggestedName: 'fleetaudit-mappings.json',
      filters: JSON_FILTER,
      mimeType: 'application/json',
    });
    if (saved.saved) {
      uiActions.pushNotice({
        kind: 'info',
        text: t('import.profiles.exported', { count: profiles.length }),
      });
    }
  } catch (error) {
    reportError(error, t);
  }
}

/** Reads mapping files; a file that does not validate is refused whole and named. */
export async function importProfiles(platform: Platform, t: TFunction): Promise<void> {
  try {
    const files = await platform.openFiles({
      title: t('import.profiles.import'),
      filters: JSON_FILTER,
      multiple: true,
    });

    for (const file of files) {
      const profiles = parseProfilesJson(new TextDecoder().decode(file.bytes));
      if (!profiles) {
        const text = t('import.profiles.invalid', { file: file.name });
        uiActions.pushNotice({ kind: 'error', text });
        continue;
      }

      for (const profile of profiles)
        await putLibraryItem(MAPPING_PROFILE_KIND, profile.id, profile);
      const text = t('import.profiles.importedCount', { count: profiles.length });
      uiActions.pushNotice({ kind: 'info', text });
    }
  } catch (error) {
    reportError(error, t);
  }
}
