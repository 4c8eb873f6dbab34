// The OpenAPI paths of the whole-directory downloads: the Puente CSV, the flat GeoJSON, the HSDS datapackage and the
// CSV templates. Their columns are listed in docs/bringing-your-directory.md (from server/exchange/listing-columns.ts).

const COLUMNS = 'docs/bringing-your-directory.md lists every column (server/exchange/listing-columns.ts)';

const download = (operationId: string, summary: string, description: string, type: string, schema: object) => ({
  get: {
    operationId,
    summary,
    description,
    responses: {
      '200': {
        description: 'The file, as an attachment',
        headers: {
          'Content-Disposition': { description: 'attachment; filename="..."', schema: { type: 'string' } },
          'Access-Control-Allow-Origin': { description: 'Any site may read it: *', schema: { type: 'string' } },
        },
        content: { [type]: { schema } },
      },
    },
  },
});

const CSV_FILE = { type: 'string', description: 'RFC 4180 CSV, UTF-8 with a byte-order mark, CRLF lines' };

/** The download paths, for openapi-document.ts. */
export function exportPaths() {
  return {
    '/api/v1/export/listings.csv': download(
      'exportListingsCsv',
      'Every published listing as one CSV file (streamed)',
      `One row per published listing, address, city, state and ZIP as their own columns, lists joined by ";". Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) start with a single quote. Confidential listings carry only the cell centre, city and state, as GET /api/v1/listings/{id}. ${COLUMNS}.`,
      'text/csv',
      CSV_FILE,
    ),
    '/api/v1/export/listings.geojson': download(
      'exportListingsGeoJson',
      'Every published listing as one RFC 7946 FeatureCollection (streamed)',
      `Every published listing as a Feature with flat properties (strings and numbers, named as the CSV columns; lists joined by ";"), so GIS tools (GDAL, QGIS) load every field. A nationwide listing with no place has a null geometry. ${COLUMNS}.`,
      'application/geo+json',
      {
        type: 'object',
        required: ['type', 'features'],
        properties: {
          type: { const: 'FeatureCollection' },
          features: {
            type: 'array',
            items: {
              type: 'object',
              required: ['type', 'id', 'geometry', 'properties'],
              properties: {
                type: { const: 'Feature' },
                id: { type: 'string', format: 'uuid' },
                geometry: {
                  type: ['object', 'null'],
                  description: 'A Point, [longitude, latitude]; null without a place',
                },
                properties: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
              },
            },
          },
        },
      },
    ),
    '/api/hsds/export.zip': download(
      'exportHsdsPackage',
      'Every published listing as an HSDS 3.0 tabular datapackage',
      'A zip of datapackage.json and one CSV per HSDS table (Open Referral HSDS 3.0 tabular format), built from the same public view as the HSDS API.',
      'application/zip',
      { type: 'string', format: 'binary' },
    ),
    '/templates/listings.csv': download(
      'listingsTemplate',
      'The Puente CSV template, English headers',
      `Every column and two example rows that import cleanly (npm run import). ${COLUMNS}.`,
      'text/csv',
      CSV_FILE,
    ),
    '/templates/listings.es.csv': download(
      'listingsTemplateSpanish',
      'The Puente CSV template, Spanish headers',
      'The same template with the Spanish column names the import also accepts.',
      'text/csv',
      CSV_FILE,
    ),
  };
}
