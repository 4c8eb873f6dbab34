// /api/openapi.json and the human docs page /api/docs.
import { Router } from 'express';
import { buildOpenApiDocument } from './openapi-document';
import { renderDocsPage } from './docs-page';

/** Serves the OpenAPI document and its docs page, both built once. */
export function openApiRouter(): Router {
  const document = buildOpenApiDocument();
  const page = renderDocsPage(document);
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
  return router;
}
