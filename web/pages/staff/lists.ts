import type { StaffPage } from './staff-page.js';

// Not built yet: each answers 404 until its pages are written.
export const newListPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
export const listPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
export const listLink: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
export const listWithdrawLinks: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
