import { readFileSync } from 'node:fs';
import { type OperationDefinitionNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  FamilyListDocument,
  type FamilyListQuery,
  GenerateListDocument,
  type GenerateListMutation,
} from '../../schema/operations/__generated__/graphql.js';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aListInput, aPlace, aSettingAt, east } from '../helpers/lists.js';

describe('the example client operations', () => {
  it("select the statement first in the family's query", () => {
    const document = parse(readFileSync('schema/operations/family.graphql', 'utf8'));
    const familyList = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === 'FamilyList',
    );
    const root = familyList?.selectionSet.selections[0];
    const first = root?.kind === 'Field' ? root.selectionSet?.selections[0] : undefined;
    expect(first?.kind === 'Field' && first.name.value).toBe('statement');
  });

  it('run against the API with their generated types, from an LA tool to a parent app', async () => {
    const home = aPlace();
    await aSettingAt({ name: 'Typed Special', at: east(home, 2), designation: ['ASD'] });
    const generated = await gqlOk<GenerateListMutation>(
      print(GenerateListDocument),
      { input: aListInput(home) },
      asOfficer('938'),
    );
    const token = generated.generateTailoredList.familyLink.token;
    const family = await gqlOk<FamilyListQuery>(print(FamilyListDocument), { token });
    expect(family.familyList.statement.paragraphs.length).toBeGreaterThan(0);
    expect(family.familyList.entries.map((e) => e.setting.name)).toEqual(
      generated.generateTailoredList.list.entries.map((e) => e.setting.name),
    );
  });
});
