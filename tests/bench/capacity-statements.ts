// Capacity statements in `npm run bench`: a school's staff state a provision's figures through the
// API, as updateCapacity does; what each costs DynamoDB, measured from the requests it made (for
// docs/COSTS.md). A statement appends no change item to the register's catch-up (not counted here).

import type { createJsonPoster } from './http-client.js';
import { type Recorder, summariseWork, type WorkRequests } from './recorded.js';

const SETTING = `query($id: ID!) { setting(id: $id) { provisions { id capacityVersion } } }`;
const UPDATE = `mutation($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id capacityVersion } }`;

export async function benchCapacityStatements(
  api: ReturnType<typeof createJsonPoster>,
  settingIds: readonly string[],
  tokenFor: (settingId: string) => string,
  recorder: Recorder,
): Promise<WorkRequests[]> {
  const work: WorkRequests[] = [];
  for (const id of settingIds) {
    const authorization = `Bearer ${tokenFor(id)}`;
    const read = (await api.post({ authorization }, { query: SETTING, variables: { id } })) as {
      data?: { setting?: { provisions: { id: string; capacityVersion: number }[] } };
    };
    const provision = read.data?.setting?.provisions[0];
    if (!provision) continue;
    const mark = recorder.mark();
    const body = (await api.post(
      { authorization },
      {
        query: UPDATE,
        variables: {
          input: {
            provisionId: provision.id,
            expectedVersion: provision.capacityVersion,
            places: 60,
            onRoll: 57,
            vacancies: 3,
          },
        },
      },
    )) as { data?: unknown; errors?: unknown };
    if (!body.data) throw new Error(`A capacity statement failed: ${JSON.stringify(body.errors)}`);
    work.push(summariseWork(recorder.since(mark)));
  }
  return work;
}
