/** The site's routes for the base path this build uses. */
import { createRoutes } from '../site/routes.ts';

export const routes = createRoutes(import.meta.env.BASE_URL);
