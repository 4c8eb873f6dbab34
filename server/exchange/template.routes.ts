// GET /templates/listings.csv (English headers) and /templates/listings.es.csv (Spanish headers): the CSV to fill in.
import { Router } from 'express';
import { listingsTemplate } from './listings-template';

/** The template downloads. */
export function templatesRouter(): Router {
  const router = Router();
  const english = listingsTemplate('en');
  const spanish = listingsTemplate('es');
  router.get('/templates/listings.csv', (_req, res) => {
    res.attachment('puente-listings-template.csv').type('text/csv; charset=utf-8').send(english);
  });
  router.get('/templates/listings.es.csv', (_req, res) => {
    res.attachment('puente-listados-plantilla.csv').type('text/csv; charset=utf-8').send(spanish);
  });
  return router;
}
