// The operations the API tests send, written as a client would.

export const SETTING_FIELDS = `
  id urn name kind sector section41Approved phase laCode status religiousCharacter genderIntake boarding
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
