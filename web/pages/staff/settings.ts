import type { StaffPage } from './staff-page.js';

// Not built yet: each answers 404 until its pages are written.
export const settingPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
export const confirmFigures: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
export const changeFiguresPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
export const capacityHistoryPage: StaffPage = async () => ({ statusCode: 404, body: 'Not built yet' });
