/**
 * The navigation: one entry per screen, in the order of the left menu. A new area (Validasi,
 * Katalog Data) adds its ScreenId and one entry here.
 */
import type { ComponentType } from 'react';
import type { IconName } from '../components/Icon';
import { CatalogScreen } from '../screens/catalog/CatalogScreen';
import { DatasetScreen } from '../screens/dataset/DatasetScreen';
import { ExportScreen } from '../screens/export/ExportScreen';
import { ValidationScreen } from '../screens/validation/ValidationScreen';
import { MetadataScreen } from '../screens/metadata/MetadataScreen';
import { WorkspaceScreen } from '../screens/workspace/WorkspaceScreen';
import type { ScreenId } from './workbench-context';

export interface ScreenEntry {
  id: ScreenId;
  /** catalog key of the menu label and page title */
  labelKey: string;
  icon: IconName;
  component: ComponentType;
}

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'workspace', labelKey: 'nav.workspace', icon: 'workspace', component: WorkspaceScreen },
  { id: 'dataset', labelKey: 'nav.dataset', icon: 'table', component: DatasetScreen },
  {
    id: 'validation',
    labelKey: 'quality.nav.validation',
    icon: 'check',
    component: ValidationScreen,
  },
  { id: 'metadata', labelKey: 'nav.metadata', icon: 'tag', component: MetadataScreen },
  { id: 'export', labelKey: 'nav.export', icon: 'export', component: ExportScreen },
  { id: 'catalog', labelKey: 'catalog.nav', icon: 'database', component: CatalogScreen },
];
