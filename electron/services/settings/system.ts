import type { SystemInfoDto } from '../../../shared/api/settings';
import { listBackups } from '../../db/backup';

export interface DataPaths {
  dataFolder: string;
  databaseFile: string;
  backupFolder: string;
}

export function systemInfo(paths: DataPaths): SystemInfoDto {
  return {
    dataFolder: paths.dataFolder,
    databaseFile: paths.databaseFile,
    backups: listBackups(paths.backupFolder).map(({ fileName, createdAt, sizeBytes }) => ({
      fileName,
      createdAt: createdAt.toISOString(),
      sizeBytes,
    })),
  };
}
