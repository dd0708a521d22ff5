import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Setting as SettingModel, Provision as ProvisionModel, Capacity as CapacityModel, CapacityChange as CapacityChangeModel } from '../../core/model.js';
import type { Caller as CallerModel } from '../../core/access.js';
import type { GraphqlContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC, e.g. "2026-11-22T09:30:00.000Z". */
  DateTime: { input: Date; output: string; }
};

export type Address = {
  __typename?: 'Address';
  lines: Array<Scalars['String']['output']>;
  postcode: Maybe<Scalars['String']['output']>;
  town: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  lines: Array<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  town?: InputMaybe<Scalars['String']['input']>;
};

/** An inclusive range of ages in whole years. */
export type AgeRange = {
  __typename?: 'AgeRange';
  high: Scalars['Int']['output'];
  low: Scalars['Int']['output'];
};

export type AgeRangeInput = {
  high: Scalars['Int']['input'];
  low: Scalars['Int']['input'];
};

/** The tiers of the DfE three-tier alternative provision model (SEND and AP Improvement Plan, 2023). */
export type ApTier =
  /** Targeted support in mainstream schools: outreach, not a placement. */
  | 'TIER_1'
  /** Time-limited placements, aiming at a return to the pupil's school. */
  | 'TIER_2'
  /** Transition placements towards a new school or a post-16 destination. */
  | 'TIER_3';

export type Boarding =
  | 'DAY'
  | 'DAY_AND_RESIDENTIAL'
  | 'RESIDENTIAL';

/** A provision's places and vacancies, as last stated. */
export type Capacity = {
  __typename?: 'Capacity';
  note: Maybe<Scalars['String']['output']>;
  /** Pupils on roll. May exceed places. */
  onRoll: Scalars['Int']['output'];
  /** Consultations from LAs under way for this provision. */
  pendingConsultations: Scalars['Int']['output'];
  /** Commissioned or funded places. */
  places: Scalars['Int']['output'];
  source: CapacitySource;
  /** When these figures were stated. */
  updatedAt: Scalars['DateTime']['output'];
  /** The subject of the account that stated them. */
  updatedBy: Scalars['String']['output'];
  /** Places that can be offered now. */
  vacancies: Scalars['Int']['output'];
  /** Vacancies by national-curriculum year, where the setting gives them. */
  vacanciesByYear: Array<YearVacancies>;
};

/** One accepted capacity change. */
export type CapacityChange = {
  __typename?: 'CapacityChange';
  after: Capacity;
  before: Maybe<Capacity>;
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  changedByRole: Role;
  provisionId: Scalars['ID']['output'];
  /** The capacity version this change produced. */
  version: Scalars['Int']['output'];
};

export type CapacityChangeConnection = {
  __typename?: 'CapacityChangeConnection';
  edges: Array<CapacityChangeEdge>;
  pageInfo: PageInfo;
};

export type CapacityChangeEdge = {
  __typename?: 'CapacityChangeEdge';
  cursor: Scalars['String']['output'];
  node: CapacityChange;
};

/** Where a capacity figure came from. */
export type CapacitySource =
  /** Imported from a GIAS extract (census-based; months old, no vacancies). */
  | 'GIAS'
  /** Stated by an LA officer. */
  | 'LA'
  /** Stated by the setting's own staff. */
  | 'SETTING'
  /** Generated for demonstration or benchmarking: not real. */
  | 'SYNTHETIC';

export type GenderIntake =
  | 'BOYS'
  | 'GIRLS'
  | 'MIXED';

export type Location = {
  __typename?: 'Location';
  /** WGS84 latitude. */
  lat: Scalars['Float']['output'];
  /** WGS84 longitude. */
  lon: Scalars['Float']['output'];
};

export type LocationInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

export type Me = {
  __typename?: 'Me';
  /** The 3-digit DfE LA codes this caller acts for as an officer. */
  laCodes: Array<Scalars['String']['output']>;
  /** Plain-English lines describing what this caller may do. */
  permissions: Array<Scalars['String']['output']>;
  roles: Array<Role>;
  /** The settings whose capacity this caller keeps as staff. */
  settingIds: Array<Scalars['ID']['output']>;
  /** The token's subject. Null for anonymous callers. */
  subject: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** LA officers, for settings in their LA. */
  setSettingStatus: Setting;
  /** Staff of the setting, or officers of its LA. */
  updateCapacity: Provision;
  /** LA officers, for settings in their LA. Creates or updates a setting and its provisions. */
  upsertSetting: Setting;
};


export type MutationSetSettingStatusArgs = {
  id: Scalars['ID']['input'];
  status: SettingStatus;
};


export type MutationUpdateCapacityArgs = {
  input: UpdateCapacityInput;
};


export type MutationUpsertSettingArgs = {
  input: UpsertSettingInput;
};

/**
 * SEN need types, as the DfE school census and SEN2 return code them.
 * A provision's designation is a set of these.
 */
export type NeedCode =
  /** Autistic spectrum disorder */
  | 'ASD'
  /** Hearing impairment */
  | 'HI'
  /** Moderate learning difficulty */
  | 'MLD'
  /** Multi-sensory impairment */
  | 'MSI'
  /** Other difficulty or disability */
  | 'OTH'
  /** Physical disability */
  | 'PD'
  /** Profound and multiple learning difficulty */
  | 'PMLD'
  /** Social, emotional and mental health */
  | 'SEMH'
  /** Speech, language and communication needs */
  | 'SLCN'
  /** Severe learning difficulty */
  | 'SLD'
  /** Specific learning difficulty */
  | 'SPLD'
  /** Visual impairment */
  | 'VI';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Phase =
  | 'ALL_THROUGH'
  | 'MIDDLE'
  | 'NOT_APPLICABLE'
  | 'NURSERY'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'SIXTEEN_PLUS';

/** Something a setting offers, with its own designation and capacity. */
export type Provision = {
  __typename?: 'Provision';
  /** The ages this provision takes, where narrower than the setting's. */
  ageRange: Maybe<AgeRange>;
  /** For AP programmes: the tiers offered. */
  apTiers: Array<ApTier>;
  /** The live capacity. Null until someone has stated it. */
  capacity: Maybe<Capacity>;
  /** The version the next capacity update must be based on (0 before any update). */
  capacityVersion: Scalars['Int']['output'];
  /** The need types this provision is designated for. Empty means no designation (e.g. a mainstream main roll). */
  designation: Array<NeedCode>;
  id: Scalars['ID']['output'];
  kind: ProvisionKind;
  name: Scalars['String']['output'];
  settingId: Scalars['ID']['output'];
  source: ProvisionSource;
};

export type ProvisionInput = {
  ageRange?: InputMaybe<AgeRangeInput>;
  /** Required, and only allowed, for AP programmes. */
  apTiers?: InputMaybe<Array<ApTier>>;
  designation: Array<NeedCode>;
  /**
   * Give the id to update an existing provision. Without an id, the setting's provision of the
   * same kind and name is updated (the main roll is matched by kind alone), or a new one is added.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ProvisionKind;
  name: Scalars['String']['input'];
};

/** What a provision within a setting is. */
export type ProvisionKind =
  /** An alternative-provision programme offering one or more AP tiers. */
  | 'AP_PROGRAMME'
  /** The setting's main roll. */
  | 'MAIN_ROLL'
  /** Designated places in a mainstream school, taught mostly in mainstream classes. */
  | 'RESOURCED_PROVISION'
  /** Designated places in a mainstream school, taught mostly in a separate unit. */
  | 'SEN_UNIT';

/** Where a provision and its designation came from. */
export type ProvisionSource =
  | 'GIAS'
  | 'LA'
  /** Generated for demonstration or benchmarking: not a real provision. */
  | 'SYNTHETIC';

export type Query = {
  __typename?: 'Query';
  /** Newest first. Staff of the setting and officers of its LA. */
  capacityHistory: CapacityChangeConnection;
  /** Who the caller is and what it may do. Works without a token (role ANONYMOUS). */
  me: Me;
  setting: Maybe<Setting>;
  settings: SettingConnection;
};


export type QueryCapacityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provisionId: Scalars['ID']['input'];
};


export type QuerySettingArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySettingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SettingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Role =
  /** No valid bearer token. */
  | 'ANONYMOUS'
  /** An LA SEND placement officer, scoped to one or more LA codes. */
  | 'LA_OFFICER'
  /** Staff of one or more settings (SENCO, business manager), scoped to those settings. */
  | 'SETTING_STAFF';

export type Sector =
  | 'ACADEMY'
  | 'FURTHER_EDUCATION'
  | 'INDEPENDENT'
  | 'LA_MAINTAINED'
  | 'NON_MAINTAINED';

/** A school or institution on the register. */
export type Setting = {
  __typename?: 'Setting';
  address: Address;
  /** The statutory age range. */
  ageRange: AgeRange;
  boarding: Boarding;
  createdAt: Scalars['DateTime']['output'];
  genderIntake: GenderIntake;
  id: Scalars['ID']['output'];
  kind: SettingKind;
  /** The 3-digit DfE code of the LA the setting is in. */
  laCode: Scalars['String']['output'];
  location: Location;
  name: Scalars['String']['output'];
  phase: Phase;
  provisions: Array<Provision>;
  religiousCharacter: Maybe<Scalars['String']['output']>;
  /** Approved under section 41 of the Children and Families Act 2014: must admit a child whose EHC plan names it. */
  section41Approved: Scalars['Boolean']['output'];
  sector: Sector;
  source: SettingSource;
  /** How fields were derived where it was not a plain copy of the source, e.g. a kind inferred from the name. */
  sourceNotes: Array<Scalars['String']['output']>;
  status: SettingStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** The DfE unique reference number (GIAS), where it has one. */
  urn: Maybe<Scalars['String']['output']>;
};

export type SettingConnection = {
  __typename?: 'SettingConnection';
  edges: Array<SettingEdge>;
  pageInfo: PageInfo;
};

export type SettingEdge = {
  __typename?: 'SettingEdge';
  cursor: Scalars['String']['output'];
  node: Setting;
};

export type SettingFilter = {
  /** Settings with at least one AP programme offering this tier. */
  apTier?: InputMaybe<ApTier>;
  kind?: InputMaybe<SettingKind>;
  /** 3-digit DfE LA code. */
  laCode?: InputMaybe<Scalars['String']['input']>;
  /** Settings with at least one provision designated for this need. */
  need?: InputMaybe<NeedCode>;
  phase?: InputMaybe<Phase>;
  status?: InputMaybe<SettingStatus>;
};

/** What kind of setting this is, as the law and the DfE group them. */
export type SettingKind =
  /** A pupil referral unit, AP academy or AP free school. */
  | 'ALTERNATIVE_PROVISION'
  /** A nursery school or other early-years setting. */
  | 'EARLY_YEARS'
  /** A further-education or sixth-form college, or a sixth-form centre. */
  | 'FURTHER_EDUCATION'
  /** An independent special school (may be approved under section 41). */
  | 'INDEPENDENT_SPECIAL'
  /** A mainstream school: LA-maintained, academy, free school, UTC or studio school. */
  | 'MAINSTREAM'
  /** A state-funded or non-maintained special school. */
  | 'SPECIAL'
  /** A special post-16 institution. */
  | 'SPECIAL_POST_16';

/** Where a setting's details came from. */
export type SettingSource =
  /** Imported from a DfE Get Information About Schools (GIAS) extract. */
  | 'GIAS'
  /** Entered or changed by an LA officer. */
  | 'LA'
  /** Built from public DfE data shipped with OpenPlace (the England reference register). */
  | 'REFERENCE';

export type SettingStatus =
  | 'CLOSED'
  | 'OPEN'
  /** Open, but proposed to close (GIAS wording). */
  | 'PROPOSED_TO_CLOSE';

export type UpdateCapacityInput = {
  /**
   * The capacityVersion these figures are based on. If someone else has updated the
   * provision since, the update is refused with CONFLICT and the current figures.
   */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  onRoll: Scalars['Int']['input'];
  pendingConsultations?: InputMaybe<Scalars['Int']['input']>;
  places: Scalars['Int']['input'];
  provisionId: Scalars['ID']['input'];
  vacancies: Scalars['Int']['input'];
  /** If given, must add up to vacancies. */
  vacanciesByYear?: InputMaybe<Array<YearVacanciesInput>>;
};

export type UpsertSettingInput = {
  address: AddressInput;
  ageRange: AgeRangeInput;
  boarding?: InputMaybe<Boarding>;
  genderIntake?: InputMaybe<GenderIntake>;
  /** Give the id to update a setting; leave it out to create one (or to update the setting with this URN). */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: SettingKind;
  laCode: Scalars['String']['input'];
  location: LocationInput;
  name: Scalars['String']['input'];
  phase: Phase;
  /**
   * Provisions listed here are created or updated; provisions not listed are left as they are.
   * A setting always has at least one provision.
   */
  provisions?: InputMaybe<Array<ProvisionInput>>;
  religiousCharacter?: InputMaybe<Scalars['String']['input']>;
  section41Approved?: InputMaybe<Scalars['Boolean']['input']>;
  sector: Sector;
  status?: InputMaybe<SettingStatus>;
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type YearVacancies = {
  __typename?: 'YearVacancies';
  vacancies: Scalars['Int']['output'];
  /** National-curriculum year: 0 is Reception, 1–14 are Years 1–14. */
  year: Scalars['Int']['output'];
};

export type YearVacanciesInput = {
  vacancies: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AgeRange: ResolverTypeWrapper<AgeRange>;
  AgeRangeInput: AgeRangeInput;
  ApTier: ApTier;
  Boarding: Boarding;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Capacity: ResolverTypeWrapper<CapacityModel>;
  CapacityChange: ResolverTypeWrapper<CapacityChangeModel>;
  CapacityChangeConnection: ResolverTypeWrapper<Omit<CapacityChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CapacityChangeEdge']> }>;
  CapacityChangeEdge: ResolverTypeWrapper<Omit<CapacityChangeEdge, 'node'> & { node: ResolversTypes['CapacityChange'] }>;
  CapacitySource: CapacitySource;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GenderIntake: GenderIntake;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Location: ResolverTypeWrapper<Location>;
  LocationInput: LocationInput;
  Me: ResolverTypeWrapper<CallerModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeedCode: NeedCode;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Phase: Phase;
  Provision: ResolverTypeWrapper<ProvisionModel>;
  ProvisionInput: ProvisionInput;
  ProvisionKind: ProvisionKind;
  ProvisionSource: ProvisionSource;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Sector: Sector;
  Setting: ResolverTypeWrapper<SettingModel>;
  SettingConnection: ResolverTypeWrapper<Omit<SettingConnection, 'edges'> & { edges: Array<ResolversTypes['SettingEdge']> }>;
  SettingEdge: ResolverTypeWrapper<Omit<SettingEdge, 'node'> & { node: ResolversTypes['Setting'] }>;
  SettingFilter: SettingFilter;
  SettingKind: SettingKind;
  SettingSource: SettingSource;
  SettingStatus: SettingStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateCapacityInput: UpdateCapacityInput;
  UpsertSettingInput: UpsertSettingInput;
  YearVacancies: ResolverTypeWrapper<YearVacancies>;
  YearVacanciesInput: YearVacanciesInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  AddressInput: AddressInput;
  AgeRange: AgeRange;
  AgeRangeInput: AgeRangeInput;
  Boolean: Scalars['Boolean']['output'];
  Capacity: CapacityModel;
  CapacityChange: CapacityChangeModel;
  CapacityChangeConnection: Omit<CapacityChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CapacityChangeEdge']> };
  CapacityChangeEdge: Omit<CapacityChangeEdge, 'node'> & { node: ResolversParentTypes['CapacityChange'] };
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Location: Location;
  LocationInput: LocationInput;
  Me: CallerModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Provision: ProvisionModel;
  ProvisionInput: ProvisionInput;
  Query: Record<PropertyKey, never>;
  Setting: SettingModel;
  SettingConnection: Omit<SettingConnection, 'edges'> & { edges: Array<ResolversParentTypes['SettingEdge']> };
  SettingEdge: Omit<SettingEdge, 'node'> & { node: ResolversParentTypes['Setting'] };
  SettingFilter: SettingFilter;
  String: Scalars['String']['output'];
  UpdateCapacityInput: UpdateCapacityInput;
  UpsertSettingInput: UpsertSettingInput;
  YearVacancies: YearVacancies;
  YearVacanciesInput: YearVacanciesInput;
};

export type AddressResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgeRangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgeRange'] = ResolversParentTypes['AgeRange']> = {
  high?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onRoll?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingConsultations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CapacitySource'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vacanciesByYear?: Resolver<Array<ResolversTypes['YearVacancies']>, ParentType, ContextType>;
};

export type CapacityChangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityChange'] = ResolversParentTypes['CapacityChange']> = {
  after?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Capacity']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedByRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  provisionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityChangeConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityChangeConnection'] = ResolversParentTypes['CapacityChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CapacityChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CapacityChangeEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityChangeEdge'] = ResolversParentTypes['CapacityChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CapacityChange'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LocationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  laCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  settingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  setSettingStatus?: Resolver<ResolversTypes['Setting'], ParentType, ContextType, RequireFields<MutationSetSettingStatusArgs, 'id' | 'status'>>;
  updateCapacity?: Resolver<ResolversTypes['Provision'], ParentType, ContextType, RequireFields<MutationUpdateCapacityArgs, 'input'>>;
  upsertSetting?: Resolver<ResolversTypes['Setting'], ParentType, ContextType, RequireFields<MutationUpsertSettingArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProvisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = {
  ageRange?: Resolver<Maybe<ResolversTypes['AgeRange']>, ParentType, ContextType>;
  apTiers?: Resolver<Array<ResolversTypes['ApTier']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Capacity']>, ParentType, ContextType>;
  capacityVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  designation?: Resolver<Array<ResolversTypes['NeedCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ProvisionSource'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  capacityHistory?: Resolver<ResolversTypes['CapacityChangeConnection'], ParentType, ContextType, RequireFields<QueryCapacityHistoryArgs, 'first' | 'provisionId'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  setting?: Resolver<Maybe<ResolversTypes['Setting']>, ParentType, ContextType, RequireFields<QuerySettingArgs, 'id'>>;
  settings?: Resolver<ResolversTypes['SettingConnection'], ParentType, ContextType, RequireFields<QuerySettingsArgs, 'first'>>;
};

export type SettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Setting'] = ResolversParentTypes['Setting']> = {
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  ageRange?: Resolver<ResolversTypes['AgeRange'], ParentType, ContextType>;
  boarding?: Resolver<ResolversTypes['Boarding'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  genderIntake?: Resolver<ResolversTypes['GenderIntake'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettingKind'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Phase'], ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  religiousCharacter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section41Approved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SettingSource'], ParentType, ContextType>;
  sourceNotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SettingStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SettingConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SettingConnection'] = ResolversParentTypes['SettingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SettingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SettingEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SettingEdge'] = ResolversParentTypes['SettingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Setting'], ParentType, ContextType>;
};

export type YearVacanciesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['YearVacancies'] = ResolversParentTypes['YearVacancies']> = {
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphqlContext> = {
  Address?: AddressResolvers<ContextType>;
  AgeRange?: AgeRangeResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  CapacityChange?: CapacityChangeResolvers<ContextType>;
  CapacityChangeConnection?: CapacityChangeConnectionResolvers<ContextType>;
  CapacityChangeEdge?: CapacityChangeEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Setting?: SettingResolvers<ContextType>;
  SettingConnection?: SettingConnectionResolvers<ContextType>;
  SettingEdge?: SettingEdgeResolvers<ContextType>;
  YearVacancies?: YearVacanciesResolvers<ContextType>;
};

