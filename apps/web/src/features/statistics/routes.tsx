import type { RouteObject } from 'react-router';

/** The statistics screens, each loaded when first opened (lazy), under the signed-in layout. */
export const statisticsRoutes: RouteObject[] = [];
