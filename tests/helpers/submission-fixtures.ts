// Submissions for tests: a valid request body, and a small JSON client for the write endpoints.
import type { ListingInput } from '@contract/listing';
import type { SubmissionRequest } from '@contract/submission';
import { aListing } from './listing-fixtures';

/** A confidential shelter near downtown El Paso, as an organization would submit it; `listing` overrides its fields. */
export function aSubmission(listing: Partial<ListingInput> = {}): SubmissionRequest {
  const base = aListing('shelter', { latitude: 31.7701, longitude: -106.4801 });
  const { status: _status, lastVerifiedOn: _date, ...submitted } = base;
  return {
    listing: {
      ...submitted,
      name: 'Casa Esperanza',
      location: {
        privacy: 'confidential',
        address: { address1: '1412 Calle Secreta', city: 'El Paso', state: 'TX', postalCode: '79901' },
        latitude: 31.7701,
        longitude: -106.4801,
      },
      ...listing,
    },
    contact: { name: 'Ana Director', email: 'ana@example.org', phone: '915-555-0142' },
  };
}

/** A response with its parsed JSON body (undefined when it is not JSON). */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** Sends `body` as JSON (or raw when it is a string) and parses the answer. */
export async function sendJson(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined,
  };
}

/** Headers that present an edit link's token. */
export function editHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
