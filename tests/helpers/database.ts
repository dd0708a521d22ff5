import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { loadLocalCaseKeyring } from '../../functions/local/case-keys.js';
import { createCaseKeys, parseCaseKeyring } from '../../functions/store/case-keys.js';
import { createDocumentClient } from '../../functions/store/client.js';
import { createRegisterStore } from '../../functions/store/register-store.js';

/** Direct access to the test run's DynamoDB Local, for checking what was (not) written. */
export const testClient = createDocumentClient({
  endpoint: inject('dynamodbEndpoint'),
  region: 'eu-west-2',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

export const testStore = createRegisterStore({ client: testClient, tableName: inject('tableName') });

/** The same case keyring as the local API's. */
export const testCaseKeys = createCaseKeys(parseCaseKeyring(await loadLocalCaseKeyring()));

/** Every stored setting item with this exact name. Test names are unique, so 0 means "nothing written". */
export async function settingItemsNamed(name: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await testClient.send(
      new ScanCommand({
        TableName: inject('tableName'),
        FilterExpression: '#type = :setting AND #name = :name',
        ExpressionAttributeNames: { '#type': 'type', '#name': 'name' },
        ExpressionAttributeValues: { ':setting': 'Setting', ':name': name },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
