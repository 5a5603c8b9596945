import type { RouteObject } from 'react-router';

/** The audit screens, each loaded when first opened (lazy), under the signed-in layout. */
export const auditRoutes: RouteObject[] = [];
