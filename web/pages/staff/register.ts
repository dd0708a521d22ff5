import type { StaffPage } from './staff-page.js';

// Not built yet: each answers 404 until its pages are written.
export const registerPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
