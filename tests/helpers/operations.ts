// The operations the API tests send, written as a client would.

export const SETTING_FIELDS = `
  id revision urn name kind sector section41Approved phase laCode status religiousCharacter genderIntake boarding
  ageRange { low high }
  address { lines town postcode }
  location { lat lon }
  createdAt updatedAt
  provisions {
    id settingId kind name designation apTiers capacityVersion
    ageRange { low high }
    capacity { places onRoll vacancies pendingConsultations source updatedAt updatedBy note vacanciesByYear { year vacancies } }
  }
`;

export const UPSERT_SETTING = `mutation Upsert($input: UpsertSettingInput!) { upsertSetting(input: $input) { ${SETTING_FIELDS} } }`;
export const SET_STATUS = `mutation SetStatus($id: ID!, $status: SettingStatus!) { setSettingStatus(id: $id, status: $status) { id status updatedAt } }`;
export const GET_SETTING = `query Setting($id: ID!) { setting(id: $id) { ${SETTING_FIELDS} } }`;
export const LIST_SETTINGS = `query Settings($filter: SettingFilter, $first: Int, $after: String) {
  settings(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id name laCode kind phase status provisions { designation apTiers } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const UPDATE_CAPACITY = `mutation UpdateCapacity($input: UpdateCapacityInput!) {
  updateCapacity(input: $input) {
    id capacityVersion
    capacity { places onRoll vacancies pendingConsultations source updatedBy note vacanciesByYear { year vacancies } }
  }
}`;
export const CAPACITY_HISTORY = `query History($provisionId: ID!, $first: Int, $after: String) {
  capacityHistory(provisionId: $provisionId, first: $first, after: $after) {
    edges { cursor node { version changedBy changedByRole changedAt before { places onRoll vacancies } after { places onRoll vacancies source } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const ME = `query Me { me { subject roles laCodes settingIds permissions } }`;

export const STATEMENT_FIELDS =
  'version effectiveFrom title summary paragraphs legalReferences text localNotes localSendiass { name phone email website }';
export const CHOICE_FIELDS = `
  id rank addedBy addedAt onRegister settingId name town postcode laCode website urn legalRoute legalRouteReason note
  removedAt removedBy removedReason
`;
export const NOT_LISTED_FIELDS =
  'settingId name kind sector laCode town rangeKind distanceKm reason specialist';
export const ENTRY_FIELDS = `
  rank familyChoice distanceKm score rangeKind legalRoute legalRouteReason
  setting { id name laCode laName kind }
  provision { id kind name designation apTiers placementType }
  capacity { status places onRoll vacancies vacanciesInYear pendingConsultations lastConfirmedAt source }
  reasons { code text points }
  cautions { code text }
`;
export const LIST_FIELDS = `
  id version caseReference laCode consideredCount generatedAt generatedBy matchingVersion capacityFreshDays officerNotes
  statement { ${STATEMENT_FIELDS} }
  entries { ${ENTRY_FIELDS} }
  consideredNotListed { reason count }
  notListedSettings { ${NOT_LISTED_FIELDS} }
  rangeNote
  familyChoices { ${CHOICE_FIELDS} }
  removedFamilyChoices { ${CHOICE_FIELDS} }
  search { radiusKm mainstreamRadiusKm specialistReachKm }
  request { age ncYear startDate needs { primaryNeed secondaryNeeds } maxTravelKm travelDistanceDefaulted home { lat lon } familyNamedSettingIds preferAvailablePlaces }
  weights { primaryNeed distance available limited unconfirmed }
  familyLinks { createdAt expiresAt revokedAt active }
`;
export const GENERATE_LIST = `mutation Generate($input: GenerateTailoredListInput!) {
  generateTailoredList(input: $input) { familyLink { token expiresAt } list { ${LIST_FIELDS} } }
}`;
export const GET_LIST = `query List($id: ID!) { tailoredList(id: $id) { ${LIST_FIELDS} } }`;
export const CASE_LISTS = `query CaseLists($caseReference: String!, $laCode: String) {
  tailoredLists(caseReference: $caseReference, laCode: $laCode) { id version generatedAt entries { rank setting { name } capacity { status vacancies } } }
}`;
export const FAMILY_LIST = `query FamilyList($token: String!) {
  familyList(token: $token) {
    statement { ${STATEMENT_FIELDS} }
    generatedAt expiresAt consideredCount rangeNote capacityNote
    consideredNotListed { reason count }
    notListedSettings { ${NOT_LISTED_FIELDS} }
    familyChoices { ${CHOICE_FIELDS} }
    removedFamilyChoices { ${CHOICE_FIELDS} }
    entries {
      rank familyChoice distanceKm rangeKind legalRoute legalRouteReason
      setting { name urn kind sector town postcode ageRange { low high } }
      provision { name kind designation apTiers }
      capacity { status vacancies lastConfirmedAt }
      reasons { code text }
      cautions { code text }
    }
  }
}`;
export const CREATE_LINK = `mutation Link($listId: ID!, $days: Int) { createFamilyLink(listId: $listId, days: $days) { token expiresAt } }`;
export const REVOKE_LINKS = `mutation Revoke($listId: ID!) { revokeFamilyLinks(listId: $listId) }`;
export const RIGHTS = `query Rights($laCode: String) { parentsRightsStatement(laCode: $laCode) { ${STATEMENT_FIELDS} } }`;
export const SET_LOCAL_RIGHTS = `mutation Local($input: LocalRightsInfoInput!) { setLocalRightsInfo(input: $input) { ${STATEMENT_FIELDS} } }`;
