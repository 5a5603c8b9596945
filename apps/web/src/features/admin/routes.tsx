import type { RouteObject } from 'react-router';

/** The admin screens, each loaded when first opened (lazy), under the signed-in layout. */
export const adminRoutes: RouteObject[] = [];
