import type { RouteObject } from 'react-router';

/** The police screens, each loaded when first opened (lazy), under the signed-in layout. */
export const policeRoutes: RouteObject[] = [];
