import type { AwsRequest } from '../../functions/local/request-recorder.js';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';
import type { IamRequest } from './policies.js';

// What IAM authorises for one DynamoDB request as the SDK sends it (the wire format, attribute
// values typed): a transaction is one authorisation per item, under that item's own action; a
// batch is its own action with every key it touches; an index read is on the index's ARN. Each
// item action carries dynamodb:LeadingKeys, the partition keys it touches, as DynamoDB sends them
// to IAM: a harness that left them out would see every ForAllValues condition allow.

type Wire = Record<string, any>;
const PK = TABLE_DEFINITION.partitionKey;

const pkOf = (item: Wire | undefined): string[] => {
  const value = item?.[PK]?.S;
  return typeof value === 'string' ? [value] : [];
};

const keys = (leadingKeys: string[]) => ({ 'dynamodb:LeadingKeys': leadingKeys });

/** The partition key a Query names: the value its key condition compares the key attribute to. */
function queriedPartition(input: Wire): string[] {
  const condition = String(input.KeyConditionExpression ?? '');
  const match = /^\s*(#?\w+)\s*=\s*(:\w+)/.exec(condition);
  if (!match?.[1] || !match[2]) return [];
  const value = input.ExpressionAttributeValues?.[match[2]]?.S;
  return typeof value === 'string' ? [value] : [];
}

/** The IAM requests AWS authorises for one recorded DynamoDB request, on the table `tableArn`. */
export function iamRequestsOf(request: AwsRequest, tableArn: string): IamRequest[] {
  const input = request.input as Wire;
  const on = (action: string, context: IamRequest['context'] = {}, resource = tableArn): IamRequest => ({
    action,
    resource,
    context,
  });
  switch (request.action) {
    case 'dynamodb:PutItem':
      return [on(request.action, keys(pkOf(input.Item)))];
    case 'dynamodb:GetItem':
    case 'dynamodb:UpdateItem':
    case 'dynamodb:DeleteItem':
      return [on(request.action, keys(pkOf(input.Key)))];
    case 'dynamodb:Query':
    case 'dynamodb:Scan': {
      const partition = request.action === 'dynamodb:Query' ? queriedPartition(input) : [];
      const context = partition.length > 0 ? keys(partition) : {};
      return input.IndexName
        ? [on(request.action, context, `${tableArn}/index/${input.IndexName}`)]
        : [on(request.action, context)];
    }
    case 'dynamodb:BatchGetItem':
      return [
        on(
          request.action,
          keys(
            Object.values(input.RequestItems as Record<string, Wire>).flatMap((e) => e.Keys.flatMap(pkOf)),
          ),
        ),
      ];
    case 'dynamodb:BatchWriteItem':
      return [
        on(
          request.action,
          keys(
            Object.values(input.RequestItems as Record<string, Wire[]>).flatMap((writes) =>
              writes.flatMap((w) => pkOf(w.PutRequest?.Item ?? w.DeleteRequest?.Key)),
            ),
          ),
        ),
      ];
    case 'dynamodb:TransactWriteItems':
      return (input.TransactItems as Wire[]).map((item) => {
        if (item.Put) return on('dynamodb:PutItem', keys(pkOf(item.Put.Item)));
        if (item.Update) return on('dynamodb:UpdateItem', keys(pkOf(item.Update.Key)));
        if (item.Delete) return on('dynamodb:DeleteItem', keys(pkOf(item.Delete.Key)));
        return on('dynamodb:ConditionCheckItem', keys(pkOf(item.ConditionCheck?.Key)));
      });
    case 'dynamodb:TransactGetItems':
      return (input.TransactItems as Wire[]).map((item) => on('dynamodb:GetItem', keys(pkOf(item.Get?.Key))));
    default:
      // DescribeTable, ListTables and the like: the table, no key.
      return [on(request.action)];
  }
}
