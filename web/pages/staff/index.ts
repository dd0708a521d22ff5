import type { StaffPageName } from '../../view/routes.js';
import { capacityContactsPage, staleCapacityPage } from './capacity-contacts.js';
import { caseAction, casePage } from './cases.js';
import { consultationPage, consultationsPage } from './consultations.js';
import { staffHome } from './home.js';
import { listLink, listPage, listWithdrawLinks, newListPage } from './lists.js';
import { registerPage } from './register.js';
import { editSettingPage, newSettingPage } from './setting-details.js';
import { capacityHistoryPage, changeFiguresPage, confirmFigures, settingPage } from './settings.js';
import type { StaffPage } from './staff-page.js';
import { scapCsvPage, sufficiencyCsvPage, sufficiencyPage } from './sufficiency.js';

/** Every staff route's page (web/view/routes.ts names them). */
export const STAFF_PAGES: Readonly<Record<StaffPageName, StaffPage>> = {
  'staff-home': staffHome,
  'new-setting': newSettingPage,
  'edit-setting': editSettingPage,
  setting: settingPage,
  'confirm-figures': confirmFigures,
  'change-figures': changeFiguresPage,
  'capacity-history': capacityHistoryPage,
  'capacity-contacts': capacityContactsPage,
  'stale-capacity': staleCapacityPage,
  consultations: consultationsPage,
  consultation: consultationPage,
  register: registerPage,
  'new-list': newListPage,
  list: listPage,
  'list-link': listLink,
  'list-withdraw-links': listWithdrawLinks,
  case: casePage,
  'case-action': caseAction,
  sufficiency: sufficiencyPage,
  'sufficiency-csv': sufficiencyCsvPage,
  'sufficiency-scap': scapCsvPage,
};
