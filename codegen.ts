import { readdirSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildASTSchema, parse, printSchema } from 'graphql';

// The SDL, merged from schema/*.graphql, is also emitted as a TypeScript string so the
// Lambda bundle, the local server and the tests all serve exactly the contract in schema/.
const sdlFiles = readdirSync('schema')
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const mergedSdl = printSchema(
  buildASTSchema(parse(sdlFiles.map((f) => readFileSync(`schema/${f}`, 'utf8')).join('\n'))),
);

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    // Resolvers are typed against the core's domain types through mappers, so the compiler
    // holds every resolver to the schema and to the stored model at once.
    'functions/graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: { input: 'Date', output: 'string' }, Date: 'string' },
        contextType: '../context.js#GraphqlContext',
        mappers: {
          Setting: '../../core/model.js#Setting as SettingModel',
          Provision: '../../core/model.js#Provision as ProvisionModel',
          Capacity: '../../core/model.js#CapacityView as CapacityModel',
          CapacityChange: '../../core/model.js#CapacityChange as CapacityChangeModel',
          Me: '../../core/access.js#Caller as CallerModel',
          ParentsRightsStatement: '../../core/rights-statement.js#RightsStatement as RightsStatementModel',
          TailoredList: '../../core/lists/model.js#TailoredList as TailoredListModel',
          ListEntry: '../../core/lists/model.js#ListEntry as ListEntryModel',
          FamilyListEntry: '../../core/lists/model.js#ListEntry as ListEntryModel',
          ListRequest: '../../core/lists/model.js#ListRequest as ListRequestModel',
          FamilyLinkInfo: '../../core/journey/link-life.js#FamilyLinkStatus as FamilyLinkStatusModel',
          FamilyLink: '../../services/lists-service.js#NewFamilyLink as NewFamilyLinkModel',
          FamilyList: '../../core/journey/view.js#FamilyJourneyView as FamilyViewModel',
          FamilyChoice: '../../core/lists/model.js#FamilyChoice as FamilyChoiceModel',
          Consultation: '../../core/journey/view.js#ConsultationView as ConsultationViewModel',
          ConsultationAnswerRecord:
            '../../core/journey/model.js#ConsultationAnswerRecord as ConsultationAnswerRecordModel',
          PlacementDecision: '../../core/journey/decision.js#DecisionView as DecisionViewModel',
          FamilyDecision: '../../core/journey/view.js#FamilyDecisionView as FamilyDecisionViewModel',
          ChoiceRefusal: '../../core/journey/decision.js#ChoiceRefusalView as ChoiceRefusalModel',
          ChoiceChange: '../../core/journey/model.js#ChoiceChange as ChoiceChangeModel',
          CaseJourney: '../../core/journey/view.js#CaseJourneyView as CaseJourneyModel',
          FamilyConsultation:
            '../../core/journey/view.js#FamilyConsultationView as FamilyConsultationViewModel',
          SettingSearchResult: '../../core/search.js#SearchResult as SearchResultModel',
          ErasureReceipt: '../../services/retention-service.js#ErasureReceipt as ErasureReceiptModel',
          StaleSetting: '../../core/capacity-reminders.js#StaleSettingView as StaleSettingModel',
          StaleProvision: '../../core/capacity-reminders.js#StaleProvision as StaleProvisionModel',
          Sufficiency: '../../core/sufficiency/view-model.js#SufficiencyView as SufficiencyModel',
          SufficiencyCell: '../../core/sufficiency/view-model.js#SufficiencyCell as SufficiencyCellModel',
          SufficiencyDistrict:
            '../../core/sufficiency/view-model.js#SufficiencyDistrict as SufficiencyDistrictModel',
          SufficiencyPeriod: '../../core/sufficiency/periods.js#Period as SufficiencyPeriodModel',
          PublishedCount: '../../core/sufficiency/suppression.js#PublishedCount as PublishedCountModel',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
    // Typed documents for client apps (parent app, school forms, LA tools) from the example
    // operations: an app copies these types, or runs the same preset over its own operations.
    'schema/operations/__generated__/': {
      documents: 'schema/operations/*.graphql',
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
        importExtension: '.js',
      },
      presetConfig: { fragmentMasking: false },
    },
    'functions/graphql/__generated__/type-defs.ts': {
      plugins: [
        {
          add: {
            content: `// Generated from schema/*.graphql by codegen.ts. Do not edit.\nexport const typeDefs = ${JSON.stringify(mergedSdl)};\n`,
          },
        },
      ],
    },
  },
};

export default config;
