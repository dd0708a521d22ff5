import type { StaffPage } from './staff-page.js';

// Not built yet: each answers 404 until its pages are written.
export const capacityContactsPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
export const staleCapacityPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
