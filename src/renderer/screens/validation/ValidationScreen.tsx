/** The "Validasi" menu entry: the open dataset with the quality panel on its Validasi tab. */
import { DatasetScreen } from '../dataset/DatasetScreen';

export function ValidationScreen() {
  return <DatasetScreen qualityTab="validation" />;
}
