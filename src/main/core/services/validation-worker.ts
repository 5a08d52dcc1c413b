/**
 * Worker thread entry of a validation run (see validation-worker-client.ts): takes row batches
 * from the host, runs the rules over them as they arrive, and posts progress, then the report
 * and the per-cell detail. It opens its own connection to the reference store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toAppErrorData } from '../../../shared/errors';
import { CellColumns } from '../store/cell-columns';
import { openReferenceStore } from '../reference/reference-store';
import { runValidation } from '../validate/engine';
import { RowBatchQueue } from './validation-row-queue';
import { validationContext } from './validation-input';
import type {
  FromValidationWorker,
  ToValidationWorker,
  ValidationWorkerData,
} from './validation-worker-client';

const { input, referenceDir, width, maxCells } = workerData as ValidationWorkerData;
const port = parentPort;

function post(msg: FromValidationWorker): void {
  port?.postMessage(msg);
}

async function main(): Promise<void> {
  const queue = new RowBatchQueue(width, (batches) => post({ type: 'ack', batches }));
  port?.on('message', (msg: ToValidationWorker) => {
    if (msg.type === 'batch') queue.push(msg.batch);
    else queue.end();
  });
  const store = openReferenceStore({ dir: referenceDir });
  try {
    const { lang, vocabularies, ...data } = input;
    const cells = new CellColumns(maxCells);
    const report = await runValidation(
      {
        ...data,
        rows: queue,
        context: { ...validationContext(store, lang), ...(vocabularies ? { vocabularies } : {}) },
      },
      {
        onCell: cells.push,
        onProgress: (progress) => post({ type: 'progress', progress }),
      },
    );
    const { packed, transfer } = cells.pack();
    port?.postMessage(
      { type: 'done', report, cells: packed } satisfies FromValidationWorker,
      transfer,
    );
  } finally {
    store.close();
  }
}

main().catch((err: unknown) => post({ type: 'error', error: toAppErrorData(err) }));
