import type { RouteObject } from 'react-router';

/** The court screens, each loaded when first opened (lazy), under the signed-in layout. */
export const courtRoutes: RouteObject[] = [];
