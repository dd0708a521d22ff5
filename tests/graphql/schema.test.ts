import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NEED_CODES } from '../../functions/core/needs.js';
import { typeDefs } from '../../functions/graphql/__generated__/type-defs.js';

describe('schema', () => {
  const schema = buildSchema(typeDefs);

  it('lists exactly the need codes the core matches on, in census order', () => {
    const needCode = schema.getType('NeedCode') as GraphQLEnumType;
    expect(needCode.getValues().map((v) => v.name)).toEqual([...NEED_CODES]);
  });

  it('offers the operations the register promises', () => {
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(
      expect.arrayContaining(['me', 'setting', 'settings', 'capacityHistory']),
    );
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toEqual(
      expect.arrayContaining(['upsertSetting', 'setSettingStatus', 'updateCapacity']),
    );
  });
});
